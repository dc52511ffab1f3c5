# Cross-builds Vitrine for arm64 (Raspberry Pi 4/5 class) with Debian 12's cross compiler and its
# multiarch :arm64 -dev packages; ctest runs the test binaries under qemu-user (scripts/test --arch arm64).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# Multiarch: the arm64 libraries live beside the host's in /usr/lib/aarch64-linux-gnu, not in a
# sysroot, so find_library() looks there and pkg-config reads only the arm64 .pc files.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)
set(ENV{PKG_CONFIG_LIBDIR} "/usr/lib/aarch64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")
set(ENV{PKG_CONFIG_SYSROOT_DIR} "")
# No binfmt_misc needed: ctest prefixes every test executable with the emulator. The arm64 dynamic
# loader and libraries come from the :arm64 packages (/lib/ld-linux-aarch64.so.1), so no -L.
find_program(VITRINE_QEMU_AARCH64 qemu-aarch64 REQUIRED)
set(CMAKE_CROSSCOMPILING_EMULATOR ${VITRINE_QEMU_AARCH64})
