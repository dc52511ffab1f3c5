/* gl_floor: the least any GL program can do on this machine, for scripts/bench to set Vitrine's
 * start beside. A fullscreen GLFW window with the kiosk's framebuffer (GL 3.0, no depth or
 * stencil) clears once, paints one rectangle (the watcher refuses a blank screen) and waits.
 * Plain GLFW: it pays libglvnd's getpid() calls, which Vitrine avoids (about 30 ms here). */
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <stdio.h>

typedef void (*Clear)(unsigned);
typedef void (*ClearColor)(float, float, float, float);
typedef void (*Enable)(unsigned);
typedef void (*Scissor)(int, int, int, int);

int main(void) {
  if (!glfwInit()) {
    fprintf(stderr, "gl_floor: no display\n");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  glfwWindowHint(GLFW_DEPTH_BITS, 0);
  glfwWindowHint(GLFW_STENCIL_BITS, 0);
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  const GLFWvidmode* mode = glfwGetVideoMode(monitor);
  GLFWwindow* window = glfwCreateWindow(mode->width, mode->height, "gl_floor", monitor, NULL);
  if (!window) {
    fprintf(stderr, "gl_floor: no GL 3.0 window\n");
    return 1;
  }
  glfwMakeContextCurrent(window);
  Clear clear = (Clear)glfwGetProcAddress("glClear");
  ClearColor color = (ClearColor)glfwGetProcAddress("glClearColor");
  Enable enable = (Enable)glfwGetProcAddress("glEnable");
  Scissor scissor = (Scissor)glfwGetProcAddress("glScissor");
  const unsigned kColorBuffer = 0x4000, kScissorTest = 0x0C11;
  color(0.984f, 0.965f, 0.933f, 1.0f);  // Vitrine's paper
  clear(kColorBuffer);
  enable(kScissorTest);
  scissor(100, 100, 800, 400);
  color(0.12f, 0.37f, 0.36f, 1.0f);  // and its teal
  clear(kColorBuffer);
  glfwSwapBuffers(window);
  while (!glfwWindowShouldClose(window)) glfwWaitEvents();
  glfwTerminate();
  return 0;
}
