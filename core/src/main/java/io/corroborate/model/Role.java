package io.corroborate.model;

/**
 * What a passage of a page is. Only some roles carry the article's own text; the others are kept
 * aside with the reason they were removed.
 */
public enum Role {
  BODY(true),
  HEADING(true),
  QUOTE(true),
  CAPTION(true),
  LIST(true),
  TABLE(true),
  TITLE(false),
  BYLINE(false),
  DATELINE(false),
  TEASER(false),
  BIO(false),
  NAVIGATION(false),
  PROMPT(false),
  COMMENT(false),
  AD(false),
  LEGAL(false),
  OTHER(false);

  private final boolean content;

  Role(boolean content) {
    this.content = content;
  }

  /** Whether passages of this role belong to the article's main text. */
  public boolean isContent() {
    return content;
  }
}
