/* Our own build of stb_image (stb_image_impl.c): PNG and JPEG only, every stb function static.
   Debian's libstb also exports a full stb_image (GIF, TGA, HDR, PSD… with known flaws): untrusted
   bytes reach only these four entry points, never libstb's decoder. */
#pragma once

#ifdef __cplusplus
extern "C" {
#endif

/* stbi_info_from_memory: the declared size, no pixel buffer allocated. 1 on success. */
int vitrine_stbi_info(const unsigned char* bytes, int len, int* w, int* h, int* comp);
/* stbi_load_from_memory with 4 channels requested; free with vitrine_stbi_free. */
unsigned char* vitrine_stbi_load_rgba(const unsigned char* bytes, int len, int* w, int* h);
void vitrine_stbi_free(void* pixels);
const char* vitrine_stbi_failure_reason(void);

#ifdef __cplusplus
}
#endif
