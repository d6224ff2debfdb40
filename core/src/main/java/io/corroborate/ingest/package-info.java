/**
 * The ingest stage: command-line arguments in, {@link io.corroborate.model.RawDocument}s and {@link
 * io.corroborate.model.Rejection}s out. {@link io.corroborate.ingest.Ingest} is the front door;
 * {@code Expander} turns arguments into inputs, {@code Sniffer} picks a format, one reader per
 * format ({@code TextReader}, {@code HtmlReader}, {@code JsonLinesReader}, {@code
 * WarcArchiveReader}, {@code FeedReader}) makes records, and {@code Charsets} decodes bytes and
 * says why. Hints use the field names {@code url, title, outlet, author, published, updated,
 * language, fetched}, each with its source.
 *
 * <p>Content ids: the file's bytes for text and HTML files; the HTTP payload (after transfer and
 * content decoding) for WARC records; the {@code maintext} for JSON Lines; the item content for
 * feeds. Content kinds: TEXT and JSONL documents carry plain text; HTML, WARC and FEED documents
 * carry HTML.
 */
package io.corroborate.ingest;
