package io.jeso.template.parse;

/** Go's text/template lexer, over a byte string; produces items on demand. */
final class Lexer {
  private static final String SPACE_CHARS = " \t\r\n";
  private static final int EOF_RUNE = -1;

  private String input;
  private final String leftDelim;
  private final String rightDelim;
  private int pos;
  private int start;
  private boolean atEof;
  private int parenDepth;
  private int line = 1;
  private int startLine = 1;
  private Item item;
  private boolean insideAction;
  boolean breakOk = true;
  boolean continueOk = true;

  private interface State {
    State run(Lexer l);
  }

  Lexer(String input, String left, String right) {
    this.input = input;
    this.leftDelim = left == null || left.isEmpty() ? "{{" : left;
    this.rightDelim = right == null || right.isEmpty() ? "}}" : right;
  }

  Item nextItem() {
    item = new Item(ItemType.EOF, pos, "EOF", startLine);
    State state = insideAction ? Lexer::lexInsideAction : Lexer::lexText;
    while (state != null) {
      state = state.run(this);
    }
    return item;
  }

  private int next() {
    if (pos >= input.length()) {
      atEof = true;
      return EOF_RUNE;
    }
    long rw = BStr.decodeRune(input, pos);
    pos += BStr.width(rw);
    int r = BStr.rune(rw);
    if (r == '\n') {
      line++;
    }
    return r;
  }

  private int peek() {
    int r = next();
    backup();
    return r;
  }

  private void backup() {
    if (!atEof && pos > 0) {
      long rw = BStr.decodeLastRune(input, pos);
      pos -= BStr.width(rw);
      if (BStr.rune(rw) == '\n') {
        line--;
      }
    }
  }

  private Item thisItem(ItemType t) {
    Item i = new Item(t, start, input.substring(start, pos), startLine);
    start = pos;
    startLine = line;
    return i;
  }

  private State emit(ItemType t) {
    return emitItem(thisItem(t));
  }

  private State emitItem(Item i) {
    item = i;
    return null;
  }

  private void ignore() {
    line += count(input.substring(start, pos), '\n');
    start = pos;
    startLine = line;
  }

  private boolean accept(String valid) {
    int r = next();
    if (r >= 0 && valid.indexOf(r) >= 0) {
      return true;
    }
    backup();
    return false;
  }

  private void acceptRun(String valid) {
    int r;
    do {
      r = next();
    } while (r >= 0 && valid.indexOf(r) >= 0);
    backup();
  }

  private State errorf(String msg) {
    item = new Item(ItemType.ERROR, start, msg, startLine);
    start = 0;
    pos = 0;
    input = "";
    return null;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  private static State lexText(Lexer l) {
    int x = l.input.indexOf(l.leftDelim, l.pos);
    if (x >= 0) {
      if (x > l.pos) {
        l.pos = x;
        int trimLength = 0;
        int delimEnd = l.pos + l.leftDelim.length();
        if (hasLeftTrimMarker(l.input, delimEnd)) {
          trimLength = rightTrimLength(l.input.substring(l.start, l.pos));
        }
        l.pos -= trimLength;
        l.line += count(l.input.substring(l.start, l.pos), '\n');
        Item i = l.thisItem(ItemType.TEXT);
        l.pos += trimLength;
        l.ignore();
        if (!i.val().isEmpty()) {
          return l.emitItem(i);
        }
      }
      return Lexer::lexLeftDelim;
    }
    l.pos = l.input.length();
    if (l.pos > l.start) {
      l.line += count(l.input.substring(l.start, l.pos), '\n');
      return l.emit(ItemType.TEXT);
    }
    return l.emit(ItemType.EOF);
  }

  private static int rightTrimLength(String s) {
    int e = s.length();
    while (e > 0 && SPACE_CHARS.indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.length() - e;
  }

  private static int leftTrimLength(String s, int from) {
    int i = from;
    while (i < s.length() && SPACE_CHARS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i - from;
  }

  private static boolean isSpace(int r) {
    return r == ' ' || r == '\t' || r == '\r' || r == '\n';
  }

  private static boolean hasLeftTrimMarker(String s, int at) {
    return s.length() - at >= 2 && s.charAt(at) == '-' && isSpace(s.charAt(at + 1));
  }

  private static boolean hasRightTrimMarker(String s, int at) {
    return s.length() - at >= 2 && isSpace(s.charAt(at)) && s.charAt(at + 1) == '-';
  }

  /** Returns 0 (no delimiter), 1 (delimiter) or 2 (delimiter with trim marker). */
  private int atRightDelim() {
    if (hasRightTrimMarker(input, pos) && input.startsWith(rightDelim, pos + 2)) {
      return 2;
    }
    return input.startsWith(rightDelim, pos) ? 1 : 0;
  }

  private static State lexLeftDelim(Lexer l) {
    l.pos += l.leftDelim.length();
    boolean trimSpace = hasLeftTrimMarker(l.input, l.pos);
    int afterMarker = trimSpace ? 2 : 0;
    if (l.input.startsWith("/*", l.pos + afterMarker)) {
      l.pos += afterMarker;
      l.ignore();
      return Lexer::lexComment;
    }
    Item i = l.thisItem(ItemType.LEFT_DELIM);
    l.insideAction = true;
    l.pos += afterMarker;
    l.ignore();
    l.parenDepth = 0;
    return l.emitItem(i);
  }

  private static State lexComment(Lexer l) {
    l.pos += 2;
    int x = l.input.indexOf("*/", l.pos);
    if (x < 0) {
      return l.errorf("unclosed comment");
    }
    l.pos = x + 2;
    int delim = l.atRightDelim();
    if (delim == 0) {
      return l.errorf("comment ends before closing delimiter");
    }
    l.line += count(l.input.substring(l.start, l.pos), '\n');
    l.thisItem(ItemType.COMMENT);
    if (delim == 2) {
      l.pos += 2;
    }
    l.pos += l.rightDelim.length();
    if (delim == 2) {
      l.pos += leftTrimLength(l.input, l.pos);
    }
    l.ignore();
    return Lexer::lexText;
  }

  private static State lexRightDelim(Lexer l) {
    boolean trimSpace = l.atRightDelim() == 2;
    if (trimSpace) {
      l.pos += 2;
      l.ignore();
    }
    l.pos += l.rightDelim.length();
    Item i = l.thisItem(ItemType.RIGHT_DELIM);
    if (trimSpace) {
      l.pos += leftTrimLength(l.input, l.pos);
      l.ignore();
    }
    l.insideAction = false;
    return l.emitItem(i);
  }

  private static State lexInsideAction(Lexer l) {
    if (l.atRightDelim() != 0) {
      if (l.parenDepth == 0) {
        return Lexer::lexRightDelim;
      }
      return l.errorf("unclosed left paren");
    }
    int r = l.next();
    if (r == EOF_RUNE) {
      return l.errorf("unclosed action");
    }
    if (isSpace(r)) {
      l.backup();
      return Lexer::lexSpace;
    }
    switch (r) {
      case '=':
        return l.emit(ItemType.ASSIGN);
      case ':':
        if (l.next() != '=') {
          return l.errorf("expected :=");
        }
        return l.emit(ItemType.DECLARE);
      case '|':
        return l.emit(ItemType.PIPE);
      case '"':
        return Lexer::lexQuote;
      case '`':
        return Lexer::lexRawQuote;
      case '$':
        return Lexer::lexVariable;
      case '\'':
        return Lexer::lexChar;
      case '(':
        l.parenDepth++;
        return l.emit(ItemType.LEFT_PAREN);
      case ')':
        l.parenDepth--;
        if (l.parenDepth < 0) {
          return l.errorf("unexpected right paren");
        }
        return l.emit(ItemType.RIGHT_PAREN);
      default:
        return lexOther(l, r);
    }
  }

  private static State lexOther(Lexer l, int r) {
    if (r == '.') {
      if (l.pos < l.input.length()) {
        char c = l.input.charAt(l.pos);
        if (c < '0' || '9' < c) {
          return Lexer::lexField;
        }
      }
      l.backup();
      return Lexer::lexNumber;
    }
    if (r == '+' || r == '-' || ('0' <= r && r <= '9')) {
      l.backup();
      return Lexer::lexNumber;
    }
    if (isAlphaNumeric(r)) {
      l.backup();
      return Lexer::lexIdentifier;
    }
    if (r <= 0x7F && Strconv.isPrint(r)) {
      return l.emit(ItemType.CHAR);
    }
    return l.errorf("unrecognized character in action: " + uplusRune(r));
  }

  /** Go's %#U formatting of a rune. */
  static String uplusRune(int r) {
    String hex = Integer.toHexString(r).toUpperCase(java.util.Locale.ROOT);
    StringBuilder sb = new StringBuilder("U+");
    sb.append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex);
    if (Strconv.isPrint(r)) {
      sb.append(" '");
      BStr.appendRune(sb, r);
      sb.append('\'');
    }
    return sb.toString();
  }

  private static State lexSpace(Lexer l) {
    int numSpaces = 0;
    while (isSpace(l.peek())) {
      l.next();
      numSpaces++;
    }
    if (hasRightTrimMarker(l.input, l.pos - 1) && l.input.startsWith(l.rightDelim, l.pos + 1)) {
      l.backup();
      if (numSpaces == 1) {
        return Lexer::lexRightDelim;
      }
    }
    return l.emit(ItemType.SPACE);
  }

  private static State lexIdentifier(Lexer l) {
    int r;
    do {
      r = l.next();
    } while (isAlphaNumeric(r));
    l.backup();
    String word = l.input.substring(l.start, l.pos);
    if (!l.atTerminator()) {
      return l.errorf("bad character " + uplusRune(r));
    }
    ItemType kw = ItemType.keyword(word);
    if (kw != null && kw.isKeyword()) {
      if ((kw == ItemType.BREAK && !l.breakOk) || (kw == ItemType.CONTINUE && !l.continueOk)) {
        return l.emit(ItemType.IDENTIFIER);
      }
      return l.emit(kw);
    }
    if (word.charAt(0) == '.') {
      return l.emit(ItemType.FIELD);
    }
    if (word.equals("true") || word.equals("false")) {
      return l.emit(ItemType.BOOL);
    }
    return l.emit(ItemType.IDENTIFIER);
  }

  private static State lexField(Lexer l) {
    return lexFieldOrVariable(l, ItemType.FIELD);
  }

  private static State lexVariable(Lexer l) {
    if (l.atTerminator()) {
      return l.emit(ItemType.VARIABLE);
    }
    return lexFieldOrVariable(l, ItemType.VARIABLE);
  }

  private static State lexFieldOrVariable(Lexer l, ItemType typ) {
    if (l.atTerminator()) {
      return l.emit(typ == ItemType.VARIABLE ? ItemType.VARIABLE : ItemType.DOT);
    }
    int r;
    do {
      r = l.next();
    } while (isAlphaNumeric(r));
    l.backup();
    if (!l.atTerminator()) {
      return l.errorf("bad character " + uplusRune(r));
    }
    return l.emit(typ);
  }

  private boolean atTerminator() {
    int r = peek();
    if (isSpace(r)) {
      return true;
    }
    switch (r) {
      case EOF_RUNE, '.', ',', '|', ':', ')', '(':
        return true;
      default:
        return input.startsWith(rightDelim, pos);
    }
  }

  private static State lexChar(Lexer l) {
    while (true) {
      int r = l.next();
      if (r == '\\') {
        int r2 = l.next();
        if (r2 != EOF_RUNE && r2 != '\n') {
          continue;
        }
        return l.errorf("unterminated character constant");
      }
      if (r == EOF_RUNE || r == '\n') {
        return l.errorf("unterminated character constant");
      }
      if (r == '\'') {
        return l.emit(ItemType.CHAR_CONSTANT);
      }
    }
  }

  private static State lexNumber(Lexer l) {
    if (!l.scanNumber()) {
      return l.errorf("bad number syntax: " + Strconv.quote(l.input.substring(l.start, l.pos)));
    }
    int sign = l.peek();
    if (sign == '+' || sign == '-') {
      if (!l.scanNumber() || l.input.charAt(l.pos - 1) != 'i') {
        return l.errorf("bad number syntax: " + Strconv.quote(l.input.substring(l.start, l.pos)));
      }
      return l.emit(ItemType.COMPLEX);
    }
    return l.emit(ItemType.NUMBER);
  }

  private boolean scanNumber() {
    accept("+-");
    String digits = "0123456789_";
    if (accept("0")) {
      if (accept("xX")) {
        digits = "0123456789abcdefABCDEF_";
      } else if (accept("oO")) {
        digits = "01234567_";
      } else if (accept("bB")) {
        digits = "01_";
      }
    }
    acceptRun(digits);
    if (accept(".")) {
      acceptRun(digits);
    }
    if (digits.length() == 11 && accept("eE")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    if (digits.length() == 23 && accept("pP")) {
      accept("+-");
      acceptRun("0123456789_");
    }
    accept("i");
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  }

  private static State lexQuote(Lexer l) {
    while (true) {
      int r = l.next();
      if (r == '\\') {
        int r2 = l.next();
        if (r2 != EOF_RUNE && r2 != '\n') {
          continue;
        }
        return l.errorf("unterminated quoted string");
      }
      if (r == EOF_RUNE || r == '\n') {
        return l.errorf("unterminated quoted string");
      }
      if (r == '"') {
        return l.emit(ItemType.STRING);
      }
    }
  }

  private static State lexRawQuote(Lexer l) {
    while (true) {
      int r = l.next();
      if (r == EOF_RUNE) {
        return l.errorf("unterminated raw quoted string");
      }
      if (r == '`') {
        return l.emit(ItemType.RAW_STRING);
      }
    }
  }

  static boolean isAlphaNumeric(int r) {
    return r == '_' || (r >= 0 && (Character.isLetter(r) || Character.isDigit(r)));
  }
}
