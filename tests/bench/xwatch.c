/* xwatch: starts a program under X11 and times, from the screen's pixels, when its first screen is
 * complete; also counts CPU and memory of a process tree, and frame intervals while scrolling.
 *
 * How "complete" is decided: the DAMAGE extension tells us each time anything is drawn on the
 * root window (GL frames, Chromium's software compositor alike). After each damage we copy the
 * screen (MIT-SHM) and keep a sub-sampled copy when it changed. Once nothing has changed for
 * --quiet seconds, the last image is the settled screen; the first frame from which every later
 * frame matches it (>= 99.5 % of sampled pixels within a small tolerance) is the complete frame,
 * like WebPageTest's "visually complete". A settled screen of one colour is an error (blank). */
#define _GNU_SOURCE
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/XShm.h>
#include <X11/extensions/Xdamage.h>
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { kStride = 6, kMaxFrames = 400, kMaxProcs = 4096 };

static double nowMs(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static void die(const char* msg) {
  fprintf(stderr, "xwatch: %s\n", msg);
  exit(1);
}

/* ---- process tree: the program plus every descendant or member of its session ---- */

typedef struct {
  int pid, ppid, sid;
  double cpuMs; /* utime + stime + reaped children's, in ms */
} Proc;

static int readProcs(Proc* out, int max) {
  DIR* d = opendir("/proc");
  if (!d) return 0;
  long tick = sysconf(_SC_CLK_TCK);
  int n = 0;
  struct dirent* e;
  while ((e = readdir(d)) && n < max) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    char path[300], buf[1024];
    snprintf(path, sizeof path, "/proc/%s/stat", e->d_name);
    FILE* f = fopen(path, "r");
    if (!f) continue;
    size_t len = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[len] = 0;
    char* p = strrchr(buf, ')'); /* the command name may hold spaces and parentheses */
    if (!p) continue;
    int ppid = 0, pgrp = 0, sid = 0;
    unsigned long ut = 0, st = 0;
    long cut = 0, cst = 0;
    if (sscanf(p + 2, "%*c %d %d %d %*d %*d %*u %*u %*u %*u %*u %lu %lu %ld %ld", &ppid, &pgrp,
               &sid, &ut, &st, &cut, &cst) != 7)
      continue;
    out[n].pid = atoi(e->d_name);
    out[n].ppid = ppid;
    out[n].sid = sid;
    out[n].cpuMs = (double)(ut + st + (unsigned long)cut + (unsigned long)cst) * 1000.0 / tick;
    ++n;
  }
  closedir(d);
  return n;
}

/* Marks the members of `root`'s tree in `in` (same session, or a descendant). Returns how many. */
static int treeOf(int root, Proc* ps, int n, char* in) {
  int count = 0, changed = 1;
  for (int i = 0; i < n; ++i) in[i] = ps[i].pid == root || ps[i].sid == root;
  while (changed) {
    changed = 0;
    for (int i = 0; i < n; ++i) {
      if (in[i]) continue;
      for (int j = 0; j < n; ++j)
        if (in[j] && ps[j].pid == ps[i].ppid) {
          in[i] = 1;
          changed = 1;
          break;
        }
    }
  }
  for (int i = 0; i < n; ++i) count += in[i];
  return count;
}

static Proc gProcs[kMaxProcs];
static char gIn[kMaxProcs];

static double treeCpuMs(int root, int* nprocs) {
  int n = readProcs(gProcs, kMaxProcs);
  int count = treeOf(root, gProcs, n, gIn);
  double sum = 0;
  for (int i = 0; i < n; ++i)
    if (gIn[i]) sum += gProcs[i].cpuMs;
  if (nprocs) *nprocs = count;
  return sum;
}

static long smapsField(int pid, const char* key) {
  char path[64], line[256];
  snprintf(path, sizeof path, "/proc/%d/smaps_rollup", pid);
  FILE* f = fopen(path, "r");
  if (!f) return 0;
  long kb = 0;
  size_t klen = strlen(key);
  while (fgets(line, sizeof line, f))
    if (strncmp(line, key, klen) == 0) {
      kb = atol(line + klen);
      break;
    }
  fclose(f);
  return kb;
}

static int cmdProcs(int root) {
  int n = readProcs(gProcs, kMaxProcs);
  int count = treeOf(root, gProcs, n, gIn);
  double cpu = 0;
  long rss = 0, pss = 0;
  for (int i = 0; i < n; ++i) {
    if (!gIn[i]) continue;
    cpu += gProcs[i].cpuMs;
    rss += smapsField(gProcs[i].pid, "Rss:");
    pss += smapsField(gProcs[i].pid, "Pss:");
  }
  if (count == 0) die("no such process");
  printf("pids");
  for (int i = 0; i < n; ++i)
    if (gIn[i]) printf(" %d", gProcs[i].pid);
  printf("\nprocs %d\ncpu_ms %.1f\nrss_mb %.1f\npss_mb %.1f\n", count, cpu, rss / 1024.0,
         pss / 1024.0);
  return 0;
}

/* ---- the screen ---- */

typedef struct {
  Display* dpy;
  Window root;
  int width, height;
  XImage* img;
  XShmSegmentInfo shm;
  Damage damage;
  int damageEvent;
} Scr;

static void openScreen(Scr* s) {
  memset(s, 0, sizeof *s);
  s->dpy = XOpenDisplay(NULL);
  if (!s->dpy) die("cannot open the X display (is DISPLAY set?)");
  int scr = DefaultScreen(s->dpy);
  s->root = RootWindow(s->dpy, scr);
  s->width = DisplayWidth(s->dpy, scr);
  s->height = DisplayHeight(s->dpy, scr);
  int err;
  if (!XDamageQueryExtension(s->dpy, &s->damageEvent, &err)) die("no DAMAGE extension");
  if (!XShmQueryExtension(s->dpy)) die("no MIT-SHM extension");
  s->img = XShmCreateImage(s->dpy, DefaultVisual(s->dpy, scr), DefaultDepth(s->dpy, scr), ZPixmap,
                           NULL, &s->shm, s->width, s->height);
  if (!s->img || s->img->bits_per_pixel != 32) die("unsupported screen format (want 32 bpp)");
  s->shm.shmid = shmget(IPC_PRIVATE, (size_t)s->img->bytes_per_line * s->height, IPC_CREAT | 0600);
  if (s->shm.shmid < 0) die("shmget failed");
  s->shm.shmaddr = s->img->data = shmat(s->shm.shmid, NULL, 0);
  s->shm.readOnly = False;
  if (!XShmAttach(s->dpy, &s->shm)) die("XShmAttach failed");
  XSync(s->dpy, False);
  shmctl(s->shm.shmid, IPC_RMID, NULL); /* freed by the kernel when both sides detach */
  s->damage = XDamageCreate(s->dpy, s->root, XDamageReportNonEmpty);
  XSync(s->dpy, False);
}

static void closeScreen(Scr* s) {
  XDamageDestroy(s->dpy, s->damage);
  XShmDetach(s->dpy, &s->shm);
  XDestroyImage(s->img); /* frees the XImage only: its data is the shared segment */
  shmdt(s->shm.shmaddr);
  XCloseDisplay(s->dpy);
}

static int sampleW(const Scr* s) {
  return s->width / kStride;
}
static int sampleH(const Scr* s) {
  return s->height / kStride;
}

/* Copies the screen and sub-samples it into `out` (sampleW x sampleH pixels, 0xRRGGBB). */
static void grab(Scr* s, uint32_t* out) {
  XShmGetImage(s->dpy, s->root, s->img, 0, 0, AllPlanes);
  int w = sampleW(s), h = sampleH(s);
  for (int y = 0; y < h; ++y) {
    const uint32_t* row =
        (const uint32_t*)(s->img->data + (size_t)(y * kStride) * s->img->bytes_per_line);
    for (int x = 0; x < w; ++x) out[y * w + x] = row[x * kStride] & 0xFFFFFF;
  }
}

/* Drains pending damage; returns 1 if anything was drawn. */
static int drainDamage(Scr* s) {
  int damaged = 0;
  while (XPending(s->dpy)) {
    XEvent ev;
    XNextEvent(s->dpy, &ev);
    if (ev.type == s->damageEvent + XDamageNotify) damaged = 1;
  }
  if (damaged) XDamageSubtract(s->dpy, s->damage, None, None);
  return damaged;
}

static int waitX(Scr* s, int timeoutMs) {
  if (XPending(s->dpy)) return 1;
  struct pollfd p = {ConnectionNumber(s->dpy), POLLIN, 0};
  return poll(&p, 1, timeoutMs) > 0;
}

static int near(uint32_t a, uint32_t b) {
  for (int sh = 0; sh < 24; sh += 8) {
    int d = (int)((a >> sh) & 0xFF) - (int)((b >> sh) & 0xFF);
    if (d > 10 || d < -10) return 0;
  }
  return 1;
}

static double matchFraction(const uint32_t* a, const uint32_t* b, int n) {
  int same = 0;
  for (int i = 0; i < n; ++i) same += near(a[i], b[i]);
  return (double)same / n;
}

/* Share of pixels that differ from the most common of a few probe colours: ~0 means blank. */
static double detail(const uint32_t* px, int n) {
  uint32_t best = px[0];
  int bestCount = 0;
  for (int k = 0; k < 16; ++k) {
    uint32_t c = px[(size_t)k * (size_t)n / 16];
    int count = 0;
    for (int i = 0; i < n; ++i) count += near(px[i], c);
    if (count > bestCount) best = c, bestCount = count;
  }
  (void)best;
  return 1.0 - (double)bestCount / n;
}

typedef struct {
  double t, cpu;
  uint32_t* px;
} Frame;

static int cmdStart(double quietS, double timeoutS, char** argv) {
  Scr s;
  openScreen(&s);
  const int n = sampleW(&s) * sampleH(&s);
  static Frame frames[kMaxFrames];
  int nframes = 0;
  uint32_t* background = malloc(sizeof(uint32_t) * (size_t)n);
  uint32_t* scratch = malloc(sizeof(uint32_t) * (size_t)n);
  grab(&s, background);
  drainDamage(&s);

  double t0 = nowMs();
  pid_t pid = fork();
  if (pid < 0) die("fork failed");
  if (pid == 0) {
    setsid();   /* its own session and group: counted as one tree, stopped as one group */
    dup2(2, 1); /* our stdout is the result; the program's chatter goes to stderr */
    execvp(argv[0], argv);
    fprintf(stderr, "xwatch: cannot run %s: %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  double lastChange = 0, deadline = t0 + timeoutS * 1000.0;
  int damages = 0, status = 0;
  const uint32_t* last = background;
  for (;;) {
    double t = nowMs();
    if (t > deadline) break;
    if (nframes > 0 && t - lastChange > quietS * 1000.0) break;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      fprintf(stderr, "xwatch: %s exited (status %d) before its screen settled\n", argv[0],
              WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
      return 1;
    }
    if (!waitX(&s, 20) || !drainDamage(&s)) continue;
    double seen = nowMs();
    ++damages;
    grab(&s, scratch);
    if (memcmp(scratch, last, sizeof(uint32_t) * (size_t)n) == 0) continue;
    if (nframes == kMaxFrames) { /* keep the latest: the settled screen is what matters */
      free(frames[1].px);
      memmove(&frames[1], &frames[2], sizeof(Frame) * (kMaxFrames - 2));
      --nframes;
    }
    frames[nframes].t = seen - t0;
    frames[nframes].cpu = treeCpuMs(pid, NULL);
    frames[nframes].px = scratch;
    last = scratch;
    scratch = malloc(sizeof(uint32_t) * (size_t)n);
    ++nframes;
    lastChange = seen;
  }
  if (nframes == 0) {
    fprintf(stderr, "xwatch: nothing was drawn within %.0f s\n", timeoutS);
    return 1;
  }
  const uint32_t* final = frames[nframes - 1].px;
  if (detail(final, n) < 0.01) {
    fprintf(stderr, "xwatch: the settled screen is blank (one colour)\n");
    return 1;
  }
  int complete = nframes - 1;
  while (complete > 0 && matchFraction(frames[complete - 1].px, final, n) >= 0.995) --complete;
  int procs = 0;
  double cpuNow = treeCpuMs(pid, &procs);
  printf("pid %d\n", (int)pid);
  printf("first_paint_ms %.1f\n", frames[0].t);
  printf("complete_ms %.1f\n", frames[complete].t);
  printf("cpu_at_complete_ms %.1f\n", frames[complete].cpu);
  printf("last_change_ms %.1f\n", frames[nframes - 1].t);
  printf("cpu_settled_ms %.1f\n", cpuNow);
  printf("changed_frames %d\ndamage_events %d\nprocs %d\n", nframes, damages, procs);
  printf("settled_detail %.3f\n", detail(final, n));
  fflush(stdout);
  for (int i = 0; i < nframes; ++i) free(frames[i].px);
  free(background);
  free(scratch);
  closeScreen(&s);
  return 0; /* the program keeps running: the caller measures it further, then stops it */
}

static int cmpDouble(const void* a, const void* b) {
  double x = *(const double*)a, y = *(const double*)b;
  return (x > y) - (x < y);
}

/* Presented frames for `seconds`: the interval between two damages is one full frame time. */
static int cmdFrames(double seconds) {
  Scr s;
  openScreen(&s);
  drainDamage(&s);
  static double t[100000];
  int n = 0;
  double end = nowMs() + seconds * 1000.0;
  while (nowMs() < end && n < 100000) {
    if (!waitX(&s, 10) || !drainDamage(&s)) continue;
    t[n++] = nowMs();
    XSync(s.dpy, False);
  }
  int m = n > 1 ? n - 1 : 0;
  static double d[100000];
  for (int i = 0; i < m; ++i) d[i] = t[i + 1] - t[i];
  qsort(d, (size_t)m, sizeof(double), cmpDouble);
  int over = 0;
  for (int i = 0; i < m; ++i) over += d[i] > 33.0;
  printf("frames %d\n", n);
  printf("frame_p50_ms %.1f\n", m ? d[(m - 1) / 2] : 0.0);
  printf("frame_p99_ms %.1f\n", m ? d[(int)(0.99 * (m - 1))] : 0.0);
  printf("frame_max_ms %.1f\n", m ? d[m - 1] : 0.0);
  printf("frames_over_33ms %d\n", over);
  closeScreen(&s);
  return 0;
}

static void usage(void) {
  fputs(
      "usage: xwatch start [--quiet S] [--timeout S] -- <program> [args...]\n"
      "       xwatch frames <seconds>     frame intervals drawn on the screen meanwhile\n"
      "       xwatch procs <pid>          CPU, RSS and PSS of <pid>'s process tree\n",
      stderr);
  exit(2);
}

int main(int argc, char** argv) {
  if (argc < 3) usage();
  if (strcmp(argv[1], "procs") == 0) return cmdProcs(atoi(argv[2]));
  if (strcmp(argv[1], "frames") == 0) return cmdFrames(atof(argv[2]));
  if (strcmp(argv[1], "start") != 0) usage();
  double quiet = 2.0, timeout = 30.0;
  int i = 2;
  for (; i < argc && strcmp(argv[i], "--") != 0; ++i) {
    if (i + 1 >= argc) usage();
    if (strcmp(argv[i], "--quiet") == 0)
      quiet = atof(argv[++i]);
    else if (strcmp(argv[i], "--timeout") == 0)
      timeout = atof(argv[++i]);
    else
      usage();
  }
  if (i + 1 >= argc) usage();
  signal(SIGCHLD, SIG_DFL);
  return cmdStart(quiet, timeout, argv + i + 1);
}
