// The one place parley touches ncurses. SwiftPM drops pkg-config's
// -D_XOPEN_SOURCE, so the wide-character API is switched on here; macros and
// globals that do not import into Swift are wrapped in static inline functions.
#ifndef PARLEY_CNCURSESW_SHIM_H
#define PARLEY_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

int wcwidth(wchar_t c);

static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }
static inline int parley_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int parley_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline attr_t parley_a_normal(void) { return A_NORMAL; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_italic(void) { return A_ITALIC; }
static inline int parley_key_resize(void) { return KEY_RESIZE; }
static inline int parley_key_code_yes(void) { return KEY_CODE_YES; }
static inline int parley_set_locale(void) { return setlocale(LC_ALL, "") != NULL; }

// A whole terminal session on stdin/stdout; NULL when $TERM is unknown (initscr would exit instead).
static inline SCREEN *parley_newterm(void) { return newterm(NULL, stdout, stdin); }
// Reads one key with wget_wch: *isFunctionKey is set when *value is a KEY_ code
// rather than a character. Returns 0, or -1 on ERR (no input, interrupted).
static inline int parley_get_key(WINDOW *w, int *isFunctionKey, unsigned int *value) {
    wint_t ch = 0;
    int r = wget_wch(w, &ch);
    if (r == ERR) return -1;
    *isFunctionKey = (r == KEY_CODE_YES);
    *value = (unsigned int)ch;
    return 0;
}
// Sets attributes and a colour pair for the output that follows; the pair
// goes through the opts pointer so that pairs beyond 32767 (and beyond the
// 255 COLOR_PAIR can hold) work with init_extended_pair.
static inline int parley_set_style(WINDOW *w, attr_t attributes, int pair) {
    return wattr_set(w, attributes, (short)(pair < 32767 ? pair : 0), &pair);
}
static inline int parley_key_up(void) { return KEY_UP; }
static inline int parley_key_down(void) { return KEY_DOWN; }
static inline int parley_key_left(void) { return KEY_LEFT; }
static inline int parley_key_right(void) { return KEY_RIGHT; }
static inline int parley_key_ppage(void) { return KEY_PPAGE; }
static inline int parley_key_npage(void) { return KEY_NPAGE; }
static inline int parley_key_home(void) { return KEY_HOME; }
static inline int parley_key_end(void) { return KEY_END; }
static inline int parley_key_btab(void) { return KEY_BTAB; }
static inline int parley_key_backspace(void) { return KEY_BACKSPACE; }
static inline int parley_key_enter(void) { return KEY_ENTER; }
static inline int parley_key_dc(void) { return KEY_DC; }

#endif
