package io.corroborate.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.Sentence;
import io.corroborate.annotate.Token;
import io.corroborate.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * CoreNLP's tokens, sentences, parts of speech and lemmas only, with the same tokenizer and
 * sentence splitting as {@link CoreNlpLayer}: what the learned attribution tagger reads, at a
 * fraction of the full layer's cost (no entities, times or quantities). Training and scoring the
 * tagger use it; articles in the pipeline get the same tokens from the full layer.
 *
 * <pre>{@code Annotation a = PosLayer.shared().annotate("Ms. Valinska said the dam held.");}</pre>
 */
public final class PosLayer {
  private final StanfordCoreNLP pipeline;

  private PosLayer() {
    Properties p = CoreNlpOptions.defaults().pipelineProperties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    this.pipeline = new StanfordCoreNLP(p);
  }

  private static final class Holder {
    static final PosLayer INSTANCE = new PosLayer();
  }

  /** The process-wide instance, loaded on first use (about two seconds). */
  public static PosLayer shared() {
    return Holder.INSTANCE;
  }

  /** Sentences and tagged tokens of {@code text}; thread-safe. */
  public Annotation annotate(String text) {
    if (text.isBlank()) {
      return Annotation.empty(text, Optional.empty());
    }
    edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      int first = tokens.size();
      tokens.addAll(
          CoreNlpLayer.joinSpacedThousands(text, s.get(CoreAnnotations.TokensAnnotation.class)));
      if (tokens.size() == first) {
        continue;
      }
      int start = tokens.get(first).span().start();
      int end = tokens.get(tokens.size() - 1).span().end();
      sentences.add(new Sentence(sentences.size(), new Span(start, end), first, tokens.size()));
    }
    return new Annotation(
        text, Optional.empty(), sentences, tokens, List.of(), List.of(), List.of());
  }
}
