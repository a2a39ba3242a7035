// Shim for the system ncursesw library.
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, so the wide-character API is only visible when
// NCURSES_WIDECHAR is defined before the header. Macros do not import into Swift: each one the
// program needs gets a static inline function here.
#ifndef IQ_CNCURSES_SHIM_H
#define IQ_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/ncurses.h>
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <wchar.h>

static inline attr_t iq_a_normal(void) { return A_NORMAL; }
static inline attr_t iq_a_bold(void) { return A_BOLD; }
static inline attr_t iq_a_dim(void) { return A_DIM; }
static inline attr_t iq_a_underline(void) { return A_UNDERLINE; }
static inline attr_t iq_a_reverse(void) { return A_REVERSE; }
static inline attr_t iq_a_italic(void) { return A_ITALIC; }

static inline int iq_key_f(int n) { return KEY_F(n); }
static inline int iq_maxy(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)x; return y; }
static inline int iq_maxx(WINDOW *w) { int y, x; getmaxyx(w, y, x); (void)y; return x; }

static inline mmask_t iq_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t iq_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t iq_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t iq_button4_pressed(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t iq_button5_pressed(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t iq_button5_pressed(void) { return 0; }
#endif
static inline mmask_t iq_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

// ncurses places a cell by the wcwidth of its first character; glibc declares wcwidth only
// under _XOPEN_SOURCE, which SwiftPM does not set.
extern int wcwidth(wchar_t c);
static inline int iq_wcwidth(wchar_t c) { return wcwidth(c); }
// wcwidth in C.UTF-8 on this thread only, whatever the process locale (for tests).
static inline int iq_wcwidth_utf8(wchar_t c) {
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (utf8 == (locale_t)0) return -2;
    locale_t old = uselocale(utf8);
    int w = wcwidth(c);
    uselocale(old);
    freelocale(utf8);
    return w;
}

// Writes one cell: a spacing character and up to CCHARW_MAX-1 zero-width ones after it
// (CellOutput decides which), with attributes and a colour pair.
static inline int iq_put_cell(int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t c;
    if (setcchar(&c, wch, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &c);
}

// Signals: the handler records which signal came and writes a byte to the run loop's wake pipe
// (the self-pipe trick: a signal that lands just before the loop starts to wait still wakes it).
// Installed without SA_RESTART, so a blocking call returns too. SIGWINCH stays ncurses's: our
// handler wakes the loop and then calls ncurses's, which turns the resize into KEY_RESIZE.
static volatile sig_atomic_t iq_pending_signal = 0;
static volatile sig_atomic_t iq_wake_fd = -1;
static void (*iq_previous_winch_handler)(int) = NULL;
static void (*iq_previous_winch_action)(int, siginfo_t *, void *) = NULL;
static inline void iq_wake_loop(void) {
    int saved = errno;
    if (iq_wake_fd >= 0) { ssize_t n = write(iq_wake_fd, "s", 1); (void)n; }
    errno = saved;
}
static inline void iq_signal_handler(int sig) { iq_pending_signal = sig; iq_wake_loop(); }
static inline void iq_winch_handler(int sig) {
    iq_wake_loop();
    if (iq_previous_winch_action) {
        iq_previous_winch_action(sig, NULL, NULL);
    } else if (iq_previous_winch_handler) {
        iq_previous_winch_handler(sig);
    }
}
static inline int iq_install_signal_handlers(int wake_fd) {
    iq_wake_fd = wake_fd;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = iq_signal_handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    if (sigaction(SIGTERM, &sa, NULL) != 0) return -1;
    if (sigaction(SIGHUP, &sa, NULL) != 0) return -1;
    if (sigaction(SIGINT, &sa, NULL) != 0) return -1;
    sa.sa_handler = iq_winch_handler;
    struct sigaction previous;
    if (sigaction(SIGWINCH, &sa, &previous) != 0) return -1;
    // Installed again (a second run): keep chaining to ncurses's, never to ourselves.
    if (previous.sa_handler != iq_winch_handler) {
        iq_previous_winch_action = (previous.sa_flags & SA_SIGINFO) ? previous.sa_sigaction : NULL;
        iq_previous_winch_handler = (previous.sa_flags & SA_SIGINFO) || previous.sa_handler == SIG_DFL
            || previous.sa_handler == SIG_IGN ? NULL : previous.sa_handler;
    }
    return 0;
}
static inline void iq_forget_wake_fd(void) { iq_wake_fd = -1; }
static inline int iq_take_pending_signal(void) {
    int s = iq_pending_signal;
    iq_pending_signal = 0;
    return s;
}

#endif
