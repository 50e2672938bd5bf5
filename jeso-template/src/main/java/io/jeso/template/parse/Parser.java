package io.jeso.template.parse;

import io.jeso.template.parse.Node.BranchKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Go's text/template/parse parser: builds a set of named trees from a byte-string template text.
 */
public final class Parser {
  /**
   * Go allows 10,000 nested parentheses; jeso stops at 1,000 (same message) to stay within the Java
   * stack.
   */
  private static final int MAX_STACK_DEPTH = 1000;

  private final Tree tree;
  private final Lexer lex;
  private final Predicate<String> hasFunction;
  private final Map<String, Tree> treeSet;
  private final Item[] token = new Item[3];
  private int peekCount;
  private List<String> vars = new ArrayList<>();
  private int actionLine;
  private int rangeDepth;
  private int stackDepth;

  private Parser(Tree tree, Lexer lex, Predicate<String> hasFunction, Map<String, Tree> treeSet) {
    this.tree = tree;
    this.lex = lex;
    this.hasFunction = hasFunction;
    this.treeSet = treeSet;
    vars.add("$");
  }

  /**
   * Parses {@code text} (a byte string) as template {@code name}, adding it and every template it
   * defines to {@code treeSet}.
   *
   * @throws ParseException with Go's message
   */
  public static void parse(
      String name,
      String text,
      String leftDelim,
      String rightDelim,
      Predicate<String> hasFunction,
      Map<String, Tree> treeSet) {
    Tree t = new Tree(name, name, text);
    Lexer lexer = new Lexer(text, leftDelim, rightDelim);
    lexer.breakOk = !hasFunction.test("break");
    lexer.continueOk = !hasFunction.test("continue");
    Parser p = new Parser(t, lexer, hasFunction, treeSet);
    p.parseTop();
    p.add();
  }

  private Parser child(Tree t) {
    return new Parser(t, lex, hasFunction, treeSet);
  }

  private Item next() {
    if (peekCount > 0) {
      peekCount--;
    } else {
      token[0] = lex.nextItem();
    }
    return token[peekCount];
  }

  private void backup() {
    peekCount++;
  }

  private void backup2(Item t1) {
    token[1] = t1;
    peekCount = 2;
  }

  private void backup3(Item t2, Item t1) {
    token[1] = t1;
    token[2] = t2;
    peekCount = 3;
  }

  private Item peek() {
    if (peekCount > 0) {
      return token[peekCount - 1];
    }
    peekCount = 1;
    token[0] = lex.nextItem();
    return token[0];
  }

  private Item nextNonSpace() {
    Item t;
    do {
      t = next();
    } while (t.typ() == ItemType.SPACE);
    return t;
  }

  private Item peekNonSpace() {
    Item t = nextNonSpace();
    backup();
    return t;
  }

  private ParseException errorf(String msg) {
    int line = token[0] == null ? 1 : token[0].line();
    throw new ParseException("template: " + tree.parseName + ":" + line + ": " + msg);
  }

  private Item expect(ItemType expected, String context) {
    Item t = nextNonSpace();
    if (t.typ() != expected) {
      unexpected(t, context);
    }
    return t;
  }

  private Item expectOneOf(ItemType e1, ItemType e2, String context) {
    Item t = nextNonSpace();
    if (t.typ() != e1 && t.typ() != e2) {
      unexpected(t, context);
    }
    return t;
  }

  private void unexpected(Item t, String context) {
    if (t.typ() == ItemType.ERROR) {
      String extra = "";
      if (actionLine != 0 && actionLine != t.line()) {
        extra = " in action started at " + tree.parseName + ":" + actionLine;
        if (t.val().endsWith(" action")) {
          extra = extra.substring(" in action".length());
        }
      }
      throw errorf(t + extra);
    }
    throw errorf("unexpected " + t + " in " + context);
  }

  private void add() {
    Tree existing = treeSet.get(tree.name);
    if (existing == null || Tree.isEmpty(existing.root)) {
      treeSet.put(tree.name, tree);
      return;
    }
    if (!Tree.isEmpty(tree.root)) {
      throw errorf("template: multiple definition of template " + Strconv.quote(tree.name));
    }
  }

  private void parseTop() {
    tree.root = new Node.ListNode(tree, peek().pos());
    while (peek().typ() != ItemType.EOF) {
      if (peek().typ() == ItemType.LEFT_DELIM) {
        Item delim = next();
        if (nextNonSpace().typ() == ItemType.DEFINE) {
          Tree nt = new Tree("definition", tree.parseName, tree.text);
          Parser np = child(nt);
          np.parseDefinition();
          continue;
        }
        backup2(delim);
      }
      Node n = textOrAction();
      if (n instanceof Node.EndNode || n instanceof Node.ElseNode) {
        throw errorf("unexpected " + n);
      }
      tree.root.nodes.add(n);
    }
  }

  private void parseDefinition() {
    String context = "define clause";
    Item name = expectOneOf(ItemType.STRING, ItemType.RAW_STRING, context);
    tree.name = unquote(name.val());
    expect(ItemType.RIGHT_DELIM, context);
    Node[] end = new Node[1];
    tree.root = itemList(end);
    if (!(end[0] instanceof Node.EndNode)) {
      throw errorf("unexpected " + end[0] + " in " + context);
    }
    add();
  }

  private String unquote(String s) {
    try {
      return Strconv.unquote(s);
    } catch (Strconv.SyntaxException e) {
      throw errorf(e.getMessage());
    }
  }

  private Node.ListNode itemList(Node[] next) {
    Node.ListNode list = new Node.ListNode(tree, peekNonSpace().pos());
    while (peekNonSpace().typ() != ItemType.EOF) {
      Node n = textOrAction();
      if (n instanceof Node.EndNode || n instanceof Node.ElseNode) {
        next[0] = n;
        return list;
      }
      list.nodes.add(n);
    }
    throw errorf("unexpected EOF");
  }

  private Node textOrAction() {
    Item t = nextNonSpace();
    switch (t.typ()) {
      case TEXT:
        return new Node.TextNode(tree, t.pos(), t.val());
      case LEFT_DELIM:
        actionLine = t.line();
        try {
          return action();
        } finally {
          actionLine = 0;
        }
      default:
        unexpected(t, "input");
        return null;
    }
  }

  private Node action() {
    Item t = nextNonSpace();
    switch (t.typ()) {
      case BLOCK:
        return blockControl();
      case BREAK:
        return breakControl(t.pos(), "{{break}}", true);
      case CONTINUE:
        return breakControl(t.pos(), "{{continue}}", false);
      case ELSE:
        return elseControl();
      case END:
        return new Node.EndNode(tree, expect(ItemType.RIGHT_DELIM, "end").pos());
      case IF:
        return parseControl(BranchKind.IF);
      case RANGE:
        return parseControl(BranchKind.RANGE);
      case TEMPLATE:
        return templateControl();
      case WITH:
        return parseControl(BranchKind.WITH);
      default:
        break;
    }
    backup();
    Item tok = peek();
    return new Node.ActionNode(
        tree, tok.pos(), tok.line(), pipeline("command", ItemType.RIGHT_DELIM));
  }

  private Node breakControl(int pos, String what, boolean isBreak) {
    Item t = nextNonSpace();
    if (t.typ() != ItemType.RIGHT_DELIM) {
      unexpected(t, what);
    }
    if (rangeDepth == 0) {
      throw errorf(what + " outside {{range}}");
    }
    return isBreak ? new Node.BreakNode(tree, pos) : new Node.ContinueNode(tree, pos);
  }

  private Node.PipeNode pipeline(String context, ItemType end) {
    Item tok = peekNonSpace();
    Node.PipeNode pipe = new Node.PipeNode(tree, tok.pos(), tok.line());
    declarations(pipe, context);
    while (true) {
      Item t = nextNonSpace();
      if (t.typ() == end) {
        checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.typ()) {
        case BOOL,
            CHAR_CONSTANT,
            COMPLEX,
            DOT,
            FIELD,
            IDENTIFIER,
            NUMBER,
            NIL,
            RAW_STRING,
            STRING,
            VARIABLE,
            LEFT_PAREN -> {
          backup();
          pipe.cmds.add(command());
        }
        default -> unexpected(t, context);
      }
    }
  }

  private void declarations(Node.PipeNode pipe, String context) {
    while (true) {
      Item v = peekNonSpace();
      if (v.typ() != ItemType.VARIABLE) {
        return;
      }
      next();
      Item tokenAfterVariable = peek();
      Item nx = peekNonSpace();
      if (nx.typ() == ItemType.ASSIGN || nx.typ() == ItemType.DECLARE) {
        pipe.isAssign = nx.typ() == ItemType.ASSIGN;
        nextNonSpace();
        pipe.decl.add(new Node.VariableNode(tree, v.pos(), v.val()));
        vars.add(v.val());
        return;
      } else if (nx.typ() == ItemType.CHAR && nx.val().equals(",")) {
        nextNonSpace();
        pipe.decl.add(new Node.VariableNode(tree, v.pos(), v.val()));
        vars.add(v.val());
        if (context.equals("range") && pipe.decl.size() < 2) {
          ItemType pt = peekNonSpace().typ();
          if (pt == ItemType.VARIABLE || pt == ItemType.RIGHT_DELIM || pt == ItemType.RIGHT_PAREN) {
            continue;
          }
          throw errorf("range can only initialize variables");
        }
        throw errorf("too many declarations in " + context);
      } else if (tokenAfterVariable.typ() == ItemType.SPACE) {
        backup3(v, tokenAfterVariable);
      } else {
        backup2(v);
      }
      return;
    }
  }

  private void checkPipeline(Node.PipeNode pipe, String context) {
    if (pipe.cmds.isEmpty()) {
      throw errorf("missing value for " + context);
    }
    for (int i = 1; i < pipe.cmds.size(); i++) {
      Node first = pipe.cmds.get(i).args.get(0);
      if (first instanceof Node.BoolNode
          || first instanceof Node.DotNode
          || first instanceof Node.NilNode
          || first instanceof Node.NumberNode
          || first instanceof Node.StringNode) {
        throw errorf("non executable command in pipeline stage " + (i + 1));
      }
    }
  }

  private Node parseControl(BranchKind kind) {
    String context = kind.name().toLowerCase(java.util.Locale.ROOT);
    int mark = vars.size();
    try {
      Node.PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
      if (kind == BranchKind.RANGE) {
        rangeDepth++;
      }
      Node[] next = new Node[1];
      Node.ListNode list = itemList(next);
      if (kind == BranchKind.RANGE) {
        rangeDepth--;
      }
      Node.ListNode elseList = null;
      if (next[0] instanceof Node.ElseNode) {
        if (kind == BranchKind.IF && peek().typ() == ItemType.IF) {
          next();
          elseList = new Node.ListNode(tree, next[0].pos);
          elseList.nodes.add(parseControl(BranchKind.IF));
        } else if (kind == BranchKind.WITH && peek().typ() == ItemType.WITH) {
          next();
          elseList = new Node.ListNode(tree, next[0].pos);
          elseList.nodes.add(parseControl(BranchKind.WITH));
        } else {
          elseList = itemList(next);
          if (!(next[0] instanceof Node.EndNode)) {
            throw errorf("expected end; found " + next[0]);
          }
        }
      }
      return new Node.BranchNode(tree, kind, pipe.pos, pipe.line, pipe, list, elseList);
    } finally {
      vars = new ArrayList<>(vars.subList(0, Math.min(mark, vars.size())));
    }
  }

  private Node elseControl() {
    Item p = peekNonSpace();
    if (p.typ() == ItemType.IF || p.typ() == ItemType.WITH) {
      return new Node.ElseNode(tree, p.pos(), p.line());
    }
    Item t = expect(ItemType.RIGHT_DELIM, "else");
    return new Node.ElseNode(tree, t.pos(), t.line());
  }

  private Node blockControl() {
    String context = "block clause";
    Item t = nextNonSpace();
    String name = parseTemplateName(t, context);
    Node.PipeNode pipe = pipeline(context, ItemType.RIGHT_DELIM);
    Tree block = new Tree(name, tree.parseName, tree.text);
    Parser bp = child(block);
    Node[] end = new Node[1];
    block.root = bp.itemList(end);
    if (!(end[0] instanceof Node.EndNode)) {
      throw errorf("unexpected " + end[0] + " in " + context);
    }
    bp.add();
    return new Node.TemplateNode(tree, t.pos(), t.line(), name, pipe);
  }

  private Node templateControl() {
    String context = "template clause";
    Item t = nextNonSpace();
    String name = parseTemplateName(t, context);
    Node.PipeNode pipe = null;
    if (nextNonSpace().typ() != ItemType.RIGHT_DELIM) {
      backup();
      pipe = pipeline(context, ItemType.RIGHT_DELIM);
    }
    return new Node.TemplateNode(tree, t.pos(), t.line(), name, pipe);
  }

  private String parseTemplateName(Item t, String context) {
    if (t.typ() == ItemType.STRING || t.typ() == ItemType.RAW_STRING) {
      return unquote(t.val());
    }
    unexpected(t, context);
    return null;
  }

  private Node.CommandNode command() {
    Node.CommandNode cmd = new Node.CommandNode(tree, peekNonSpace().pos());
    while (true) {
      peekNonSpace();
      Node operand = operand();
      if (operand != null) {
        cmd.args.add(operand);
      }
      Item t = next();
      if (t.typ() == ItemType.SPACE) {
        continue;
      }
      if (t.typ() == ItemType.RIGHT_DELIM || t.typ() == ItemType.RIGHT_PAREN) {
        backup();
      } else if (t.typ() != ItemType.PIPE) {
        unexpected(t, "operand");
      }
      break;
    }
    if (cmd.args.isEmpty()) {
      throw errorf("empty command");
    }
    return cmd;
  }

  private Node operand() {
    Node node = term();
    if (node == null) {
      return null;
    }
    if (peek().typ() == ItemType.FIELD) {
      Node.ChainNode chain = new Node.ChainNode(tree, peek().pos(), node);
      while (peek().typ() == ItemType.FIELD) {
        chain.add(next().val());
      }
      if (node instanceof Node.FieldNode) {
        return new Node.FieldNode(tree, chain.pos, chain.toString());
      } else if (node instanceof Node.VariableNode) {
        return new Node.VariableNode(tree, chain.pos, chain.toString());
      } else if (node instanceof Node.BoolNode
          || node instanceof Node.StringNode
          || node instanceof Node.NumberNode
          || node instanceof Node.NilNode
          || node instanceof Node.DotNode) {
        throw errorf("unexpected . after term " + Strconv.quote(node.toString()));
      }
      return chain;
    }
    return node;
  }

  private Node term() {
    Item t = nextNonSpace();
    switch (t.typ()) {
      case IDENTIFIER:
        if (!hasFunction.test(t.val())) {
          throw errorf("function " + Strconv.quote(t.val()) + " not defined");
        }
        return new Node.IdentifierNode(tree, t.pos(), t.val());
      case DOT:
        return new Node.DotNode(tree, t.pos());
      case NIL:
        return new Node.NilNode(tree, t.pos());
      case VARIABLE:
        return useVar(t.pos(), t.val());
      case FIELD:
        return new Node.FieldNode(tree, t.pos(), t.val());
      case BOOL:
        return new Node.BoolNode(tree, t.pos(), t.val().equals("true"));
      case CHAR_CONSTANT, COMPLEX, NUMBER:
        try {
          return Numbers.newNumber(tree, t.pos(), t.val(), t.typ());
        } catch (IllegalArgumentException e) {
          throw errorf(e.getMessage());
        }
      case LEFT_PAREN:
        if (stackDepth >= MAX_STACK_DEPTH) {
          throw errorf("max expression depth exceeded");
        }
        stackDepth++;
        try {
          return pipeline("parenthesized pipeline", ItemType.RIGHT_PAREN);
        } finally {
          stackDepth--;
        }
      case STRING, RAW_STRING:
        return new Node.StringNode(tree, t.pos(), t.val(), unquote(t.val()));
      default:
        backup();
        return null;
    }
  }

  private Node useVar(int pos, String name) {
    Node.VariableNode v = new Node.VariableNode(tree, pos, name);
    if (vars.contains(v.ident.get(0))) {
      return v;
    }
    throw errorf("undefined variable " + Strconv.quote(v.ident.get(0)));
  }
}
