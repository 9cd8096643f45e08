/**
 * In the browser: the page's text as a text fragment searches it. Text under display:none (a closed popover, a
 * script) is left out; a folded note's text stays in, since the browser opens a closed <details> to show a match.
 * Each block (any element not displayed inline) starts a new line and spaces are collapsed, so a match never
 * spans two blocks, as the browser's never does.
 */

export interface VisibleText {
  text: string;
  /** Where the first text inside `mark` begins in `text`, or -1. */
  at: number;
}

export function visibleText(root: Element, mark: Element): VisibleText {
  const styles = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element) => styles.get(el) ?? styles.set(el, getComputedStyle(el)).get(el)!;
  const hidden = (el: Element | null): boolean => {
    for (let node = el; node && node !== root.parentElement; node = node.parentElement) if (style(node).display === 'none') return true;
    return false;
  };
  const blockOf = (el: Element): Element => {
    let node = el;
    while (node !== root && style(node).display === 'inline' && node.parentElement) node = node.parentElement;
    return node;
  };
  let text = '';
  let at = -1;
  let block: Element | undefined;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const parent = node.parentElement;
    if (!parent || hidden(parent)) continue;
    const own = blockOf(parent);
    if (block && own !== block && text) text = `${text.trimEnd()}\n`;
    block = own;
    let piece = node.data.replace(/\s+/g, ' ');
    if (text === '' || text.endsWith('\n') || text.endsWith(' ')) piece = piece.trimStart();
    if (at === -1 && mark.contains(node)) at = text.length;
    text += piece;
  }
  return { text, at };
}
