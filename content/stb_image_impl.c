/* stb_image compiled in our own translation unit: PNG and JPEG only, static functions. */
#include "stb_image_impl.h"

#define STBI_ONLY_PNG
#define STBI_ONLY_JPEG
#define STB_IMAGE_STATIC
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO
#define STBI_NO_LINEAR
#define STBI_NO_HDR
#define STBI_MAX_DIMENSIONS 8192 /* kMaxImageSide (image.h): stb refuses larger by itself too */
#include <stb/stb_image.h>

int vitrine_stbi_info(const unsigned char* bytes, int len, int* w, int* h, int* comp) {
  return stbi_info_from_memory(bytes, len, w, h, comp);
}

unsigned char* vitrine_stbi_load_rgba(const unsigned char* bytes, int len, int* w, int* h) {
  int comp = 0;
  return stbi_load_from_memory(bytes, len, w, h, &comp, 4);
}

void vitrine_stbi_free(void* pixels) {
  stbi_image_free(pixels);
}

const char* vitrine_stbi_failure_reason(void) {
  return stbi_failure_reason();
}
