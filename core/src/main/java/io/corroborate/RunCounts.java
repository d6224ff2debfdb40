package io.corroborate;

/** How many input files a streamed run read, and how many articles and rejections it made. */
public record RunCounts(int inputs, int articles, int rejections) {}
