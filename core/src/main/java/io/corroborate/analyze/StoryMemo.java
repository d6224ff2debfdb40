package io.corroborate.analyze;

import io.corroborate.cluster.Syndication;
import io.corroborate.cluster.SyndicationOptions;
import io.corroborate.link.Linker;

/**
 * What analysing a story keeps for its next analysis: each article's shingles and the copies
 * confirmed among them, so a story that grows by one article compares only that article with its
 * candidates; and how each entity mention reads, so linking reads only the new article's mentions.
 * Keep one per story and pass it to every analysis of that story; the dossier is the same as
 * without it.
 *
 * <pre>{@code StoryMemo memo = new StoryMemo();}</pre>
 */
public final class StoryMemo {
  private Syndication syndication;
  private final Linker.Memo link = new Linker.Memo();

  /** The story's copy finder, made with {@code options} on first use. */
  synchronized Syndication syndication(SyndicationOptions options) {
    if (syndication == null) {
      syndication = new Syndication(options);
    }
    return syndication;
  }

  /** What linking this story's entities keeps between analyses. */
  Linker.Memo link() {
    return link;
  }
}
