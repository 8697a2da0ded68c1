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

// A screen that writes to /dev/null, for tests: ncurses keeps its own copy
// of the screen, which parley_read_row reads back. NULL when `term` is unknown.
static inline SCREEN *parley_newterm_headless(const char *term, FILE **out, FILE **in) {
    *out = fopen("/dev/null", "w");
    *in = fopen("/dev/null", "r");
    if (*out == NULL || *in == NULL) return NULL;
    return newterm(term, *out, *in);
}
// Reads back the characters of the cell at (y, x) into buffer (CCHARW_MAX + 1
// long, zero-terminated); returns their number, or -1. Unlike mvwinnwstr, it
// keeps every character of a cell that holds a whole emoji sequence.
static inline int parley_read_cell(WINDOW *w, int y, int x, wchar_t *buffer) {
    cchar_t cell;
    if (mvwin_wch(w, y, x, &cell) == ERR) return -1;
    int count = 0;
    while (count < CCHARW_MAX && cell.chars[count] != 0) { buffer[count] = cell.chars[count]; ++count; }
    buffer[count] = 0;
    return count;
}
static inline int parley_set_locale_named(const char *name) { return setlocale(LC_ALL, name) != NULL; }

// Writes one grapheme cluster into one cell: the first character and up to
// CCHARW_MAX - 1 more, whatever their width. mvwaddnwstr would start a new
// cell at every character that has a width, splitting an emoji ZWJ sequence
// (woman + ZWJ + laptop) into two; kept in one cell, the terminal receives the
// sequence whole and draws it in the cell's two columns.
static inline int parley_put_cluster(WINDOW *w, int y, int x, const wchar_t *chars, int n, attr_t attributes, int pair) {
    // setcchar keeps only the first character and the zero-width ones after
    // it, so it makes the cell from the first and the rest are added after.
    wchar_t first[2] = { chars[0], 0 };
    cchar_t cell;
    if (setcchar(&cell, first, attributes, (short)(pair < 32767 ? pair : 0), &pair) == ERR) return ERR;
    int count = n < CCHARW_MAX ? n : CCHARW_MAX;
    for (int i = 1; i < count; ++i) cell.chars[i] = chars[i];
    return mvwadd_wch(w, y, x, &cell);
}

#endif
