package io.corroborate.clean.html;

import org.jsoup.nodes.Element;

/**
 * The hinted block elements enclosing a segment, innermost first, as a list that shares its tail
 * with every other segment under the same elements: a page costs one node per hinted element.
 *
 * @param element the hinted element
 * @param bits its {@link Hint} bits
 * @param enter its number in the page's element numbering
 * @param outer the next hinted element outwards, or {@code null} at the top
 */
public record HintChain(Element element, int bits, long enter, HintChain outer) {}
