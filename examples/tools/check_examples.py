#!/usr/bin/env python3
"""Checks that the example corpus is well formed.

Usage (from the repository root):

    python3 examples/tools/check_examples.py

Checks: every .json and .jsonl parses and the JSON Lines records carry the news-please
fields; the feed is well-formed XML; every gzip member of the WARC decompresses and holds
one record whose Content-Length, block digest and payload digest match; the broken WARC
really is cut short; each article's body has 250 to 700 words; the folder stays under
300 KB. Prints one line per file and exits non-zero on the first failure.
"""

import base64
import glob
import hashlib
import json
import os
import re
import sys
import xml.dom.minidom
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)
STORY = os.path.join(EXAMPLES, "kaldor-dam")
NEWS_PLEASE = ["url", "title", "maintext", "date_publish", "date_modify", "authors", "source_domain", "language"]


def fail(msg):
    print("FAIL " + msg)
    sys.exit(1)


def words(text):
    return len(re.findall(r"\w+", text))


def html_words(html):
    # Body paragraphs only: <p> inside the article, roughly; enough to bound the length.
    body = re.sub(r"(?s)<(script|style|aside|footer|header|nav|section class=\"comments[^>]*)[^>]*>.*?</\1>", " ", html)
    paras = re.findall(r"(?s)<p[^>]*>(.*?)</p>", body)
    return words(re.sub(r"<[^>]+>", " ", " ".join(paras)))


def gzip_members(data):
    out, pos = [], 0
    while pos < len(data):
        d = zlib.decompressobj(31)
        chunk = d.decompress(data[pos:])
        if not d.eof:
            raise ValueError("gzip member at offset %d is cut short" % pos)
        out.append((pos, chunk))
        pos = len(data) - len(d.unused_data)
    return out


def sha1_b32(b):
    return "sha1:" + base64.b32encode(hashlib.sha1(b).digest()).decode("ascii")


def check_warc(path):
    data = open(path, "rb").read()
    records = []
    for offset, rec in gzip_members(data):
        head, sep, rest = rec.partition(b"\r\n\r\n")
        if not sep or not head.startswith(b"WARC/1.0\r\n"):
            fail("%s:%d: no WARC/1.0 header" % (path, offset))
        fields = dict(line.split(": ", 1) for line in head.decode("utf-8").split("\r\n")[1:])
        n = int(fields["Content-Length"])
        block, tail = rest[:n], rest[n:]
        if len(block) != n or tail != b"\r\n\r\n":
            fail("%s:%d: Content-Length %d does not match the block" % (path, offset, n))
        if fields.get("WARC-Block-Digest") != sha1_b32(block):
            fail("%s:%d: block digest mismatch" % (path, offset))
        if fields["WARC-Type"] == "response":
            payload = block.partition(b"\r\n\r\n")[2]
            if fields.get("WARC-Payload-Digest") != sha1_b32(payload):
                fail("%s:%d: payload digest mismatch" % (path, offset))
            http_len = re.search(rb"Content-Length: (\d+)", block.partition(b"\r\n\r\n")[0])
            if int(http_len.group(1)) != len(payload):
                fail("%s:%d: HTTP Content-Length mismatch" % (path, offset))
            w = html_words(payload.decode("utf-8"))
            if not 250 <= w <= 700:
                fail("%s:%d: %d words" % (path, offset, w))
            records.append("response(%d words)" % w)
        else:
            records.append(fields["WARC-Type"])
    print("ok   %s: %s" % (os.path.relpath(path, EXAMPLES), ", ".join(records)))


def main():
    total = 0
    for root, _, files in os.walk(EXAMPLES):
        for f in files:
            total += os.path.getsize(os.path.join(root, f))
    if total >= 300 * 1024:
        fail("examples/ is %d bytes" % total)
    print("ok   examples/ is %d bytes" % total)

    for p in sorted(glob.glob(os.path.join(STORY, "*.json"))):
        json.load(open(p, encoding="utf-8"))
        print("ok   %s parses" % os.path.basename(p))
    for p in sorted(glob.glob(os.path.join(STORY, "*.jsonl"))):
        for i, line in enumerate(open(p, encoding="utf-8"), 1):
            rec = json.loads(line)
            missing = [k for k in NEWS_PLEASE if k not in rec]
            if missing:
                fail("%s:%d lacks %s" % (p, i, missing))
            w = words(rec["maintext"])
            if not 250 <= w <= 700:
                fail("%s:%d: %d words" % (p, i, w))
            print("ok   %s line %d: %s (%d words)" % (os.path.basename(p), i, rec["source_domain"], w))
    for p in sorted(glob.glob(os.path.join(STORY, "*.xml"))):
        doc = xml.dom.minidom.parse(p)
        for item in doc.getElementsByTagName("item"):
            enc = item.getElementsByTagName("content:encoded")[0].firstChild.data
            w = html_words(enc)
            if not 250 <= w <= 700:
                fail("%s: item of %d words" % (p, w))
            print("ok   %s item: %d words" % (os.path.basename(p), w))
    for p in sorted(glob.glob(os.path.join(STORY, "*.html"))):
        w = html_words(open(p, encoding="utf-8").read())
        if not 250 <= w <= 700:
            fail("%s: %d words" % (p, w))
        print("ok   %s: %d words in paragraphs" % (os.path.basename(p), w))
    for p in sorted(glob.glob(os.path.join(STORY, "*.txt"))):
        w = words(open(p, encoding="utf-8").read())
        if not 250 <= w <= 800:  # the count includes the page furniture around the article
            fail("%s: %d words" % (p, w))
        print("ok   %s: %d words with furniture" % (os.path.basename(p), w))
    for p in sorted(glob.glob(os.path.join(STORY, "*.warc.gz"))):
        check_warc(p)
    try:
        gzip_members(open(os.path.join(EXAMPLES, "broken", "truncated.warc.gz"), "rb").read())
        fail("broken/truncated.warc.gz decompresses completely")
    except ValueError as e:
        print("ok   broken/truncated.warc.gz is rejected: %s" % e)


if __name__ == "__main__":
    main()
