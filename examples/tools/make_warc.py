#!/usr/bin/env python3
"""Writes the example WARC files of the Kaldor Dam story.

Usage (from the repository root):

    python3 examples/tools/make_warc.py

Writes two files:

  examples/crawl-2026-03-16.warc.gz   warcinfo + (request, response) for two article pages
  examples/broken/truncated.warc.gz   the same file cut short inside the last response record

Every record is gzipped as a gzip member of its own (as crawlers write them), with
mtime 0 so that the output is byte-for-byte reproducible. Content-Length is the
exact length of each record block; WARC-Block-Digest and WARC-Payload-Digest are
SHA-1 in base 32, as in the WARC 1.0 specification. Only the standard library is used.

The two HTML pages live in this script on purpose: `corroborate analyze examples/`
walks the whole folder, and loose copies of the pages would be read as extra articles.
"""

import base64
import gzip
import hashlib
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
EXAMPLES = os.path.dirname(HERE)
STORY = os.path.join(EXAMPLES, "kaldor-dam")
WARC_NAME = "crawl-2026-03-16.warc.gz"
NAMESPACE = uuid.UUID("6f1c2a4e-0b7d-4f55-9a3e-4b1d2c3e5f60")

# A05: The Northgate Herald runs the Meridian Wire story of 9 March with light edits
# (new headline, dates as "4 March", last paragraph cut, one closing line of its own).
NORTHGATE_URL = "https://www.northgateherald.example/world/2026/03/09/death-toll-varnesia-dam-disaster-14"
NORTHGATE_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Death toll in Varnesian dam disaster climbs to 14 | Northgate Herald</title>
<meta name="description" content="The official death toll from the Kaldor Dam failure rises to 14, while the regional governor says at least 20 people died.">
<meta property="og:type" content="article">
<meta property="og:title" content="Death toll in Varnesian dam disaster climbs to 14">
<meta property="og:site_name" content="Northgate Herald">
<meta property="og:url" content="https://www.northgateherald.example/world/2026/03/09/death-toll-varnesia-dam-disaster-14">
<meta property="article:published_time" content="2026-03-09T21:05:00+00:00">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Death toll in Varnesian dam disaster climbs to 14",
 "datePublished": "2026-03-09T21:05:00+00:00",
 "dateModified": "2026-03-09T21:05:00+00:00",
 "author": {"@type": "Organization", "name": "Meridian Wire"},
 "publisher": {"@type": "Organization", "name": "Northgate Herald"},
 "isBasedOn": "Meridian Wire"}
</script>
</head>
<body>
<div class="cookie-notice">This site uses cookies. Find out more in our <a href="/cookies">cookie policy</a>. <button>OK</button></div>
<header>
<a href="/" class="logo">Northgate Herald</a>
<nav><a href="/local/">Local</a> | <a href="/national/">National</a> | <a href="/world/">World</a> | <a href="/business/">Business</a> | <a href="/sport/">Sport</a> | <a href="/lifestyle/">Lifestyle</a> | <a href="/puzzles/">Puzzles</a></nav>
</header>
<main>
<article>
<p class="section">World news</p>
<h1>Death toll in Varnesian dam disaster climbs to 14</h1>
<p class="byline">Meridian Wire &middot; <time datetime="2026-03-09T21:05:00+00:00">Monday 9 March 2026 21:05 GMT</time></p>
<div class="share"><a>Share</a> <a>Tweet</a> <a>Email</a></div>
<figure><img src="/images/wire/varnesia-flood.jpg" alt=""><figcaption>Soldiers fill sandbags near the village of Harnik. Photo: Meridian Wire</figcaption></figure>
<div class="body">
<p>The number of people killed when the Kaldor Dam failed in eastern Varnesia rose to 14 on Monday, the National Civil Protection Authority (NCPA) said, while the regional governor said the real toll was higher.</p>
<p>Governor Petra Valinska told local television on Sunday that &ldquo;at least 20&rdquo; people had died in the flood that swept through the town of Brenitsa and the villages of Sulev and Harnik early on Thursday. The NCPA said on Monday it had confirmed 14 deaths and that 11 people were still missing.</p>
<p>&ldquo;We publish only the deaths that have been confirmed by a doctor and identified,&rdquo; NCPA spokesman Aurel Fensk said when asked about the difference. &ldquo;I understand the governor&rsquo;s concern, but we will not guess.&rdquo;</p>
<p>Between 2,000 and 2,500 people were still sleeping in schools, sports halls and other temporary shelters, the NCPA estimated.</p>
<div class="advert">Advertisement</div>
<p>The Tessa Hydroelectric Company (TEHCO), the state-owned operator of the dam, said its chief engineer, Miroslav Tejdan, had reported seepage at the foot of the embankment on 4 March and that extra water releases began the same afternoon. The company did not respond to questions about whether earlier warnings had been made.</p>
<p>Prime Minister Endre Kollar visited Brenitsa on Sunday and promised that &ldquo;every family will be helped&rdquo;. He said the cabinet would discuss an emergency fund this week.</p>
<p>Army engineers were building a temporary earth barrier below the breach to protect Harnik in case the remaining embankment moves, the NCPA said. Water levels in Brenitsa had fallen by about two metres since Thursday, according to the municipality, and electricity had been restored to most of the town.</p>
<p>Floodwater destroyed a section of the railway between Ostrel and Brenitsa, and the line is not expected to reopen before the end of the month, the national rail operator said.</p>
<p>Varnesia&rsquo;s government has not asked for international assistance.</p>
</div>
</article>
<aside class="trending">
<h2>Trending</h2>
<ol>
<li><a href="/local/roadworks">Northgate bypass roadworks to last until autumn</a> <span>8 minutes ago</span></li>
<li><a href="/sport/derby">Northgate Rovers sign keeper on loan</a> <span>31 minutes ago</span></li>
<li><a href="/lifestyle/recipes">Five soups for a cold March evening</a> <span>1 hour ago</span></li>
</ol>
<a href="/trending/">Show More</a>
</aside>
<section class="comments"><h2>12 comments</h2><p>Sign in to join the conversation.</p></section>
</main>
<footer>
<p>Northgate Herald, part of Harbourline Publishing. &copy; 2026. All rights reserved.</p>
<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a> | <a href="/subscribe">Subscribe to the print edition</a></p>
</footer>
</body>
</html>
"""

# A10: Kestrel News, 16 March: the toll rises to 17; relays the Maradin Courier interview.
KESTREL_URL = "https://kestrelnews.example/news/world/kaldor-dam-death-toll-17"
KESTREL_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kaldor Dam death toll rises to 17 as search narrows to river fields - Kestrel News</title>
<meta name="description" content="Rescuers find three more bodies between Sulev and Harnik; four people are still missing.">
<meta property="og:type" content="article">
<meta property="og:title" content="Kaldor Dam death toll rises to 17 as search narrows to river fields">
<meta property="og:site_name" content="Kestrel News">
<meta property="og:url" content="https://kestrelnews.example/news/world/kaldor-dam-death-toll-17">
<meta property="og:image" content="https://kestrelnews.example/img/kaldor-drone.jpg">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "NewsArticle",
  "headline": "Kaldor Dam death toll rises to 17 as search narrows to river fields",
  "datePublished": "2026-03-16T14:30:00+01:00",
  "dateModified": "2026-03-16T17:55:00+01:00",
  "author": [{"@type": "Person", "name": "Nadia Volk"}, {"@type": "Person", "name": "Emil Sarto"}],
  "publisher": {"@type": "Organization", "name": "Kestrel News"},
  "video": {"@type": "VideoObject", "name": "Drone footage shows the breach in the Kaldor Dam", "duration": "PT2M14S"}
}
</script>
</head>
<body>
<div class="live-bar"><span class="live">LIVE</span> Kestrel 24: rolling news <a href="/live/">Watch now</a></div>
<header>
<a class="logo" href="/">Kestrel News</a>
<nav><ul><li><a href="/news/">News</a></li><li><a href="/news/world/">World</a></li><li><a href="/video/">Video</a></li><li><a href="/weather/">Weather</a></li><li><a href="/sport/">Sport</a></li><li><a href="/programmes/">Programmes</a></li></ul></nav>
</header>
<main>
<article>
<h1>Kaldor Dam death toll rises to 17 as search narrows to river fields</h1>
<div class="meta">By Nadia Volk and Emil Sarto, Kestrel News &middot; <time datetime="2026-03-16T14:30:00+01:00">16 March 2026, 14:30</time> &middot; Updated 17:55</div>
<div class="share-bar">Share this: Facebook | X | WhatsApp | Messenger | Copy link</div>
<div class="video-embed"><p>Watch: Drone footage shows the breach in the Kaldor Dam (2:14)</p></div>
<div class="article-text">
<p>The death toll from the Kaldor Dam failure in Varnesia&rsquo;s Ostrel region rose to 17 on Monday after rescuers found three more bodies in the flooded fields between Sulev and Harnik, the National Civil Protection Authority (NCPA) said. Four people are still missing.</p>
<p>Nearly two weeks after the dam&rsquo;s eastern embankment gave way, search teams are working with drones, dogs and divers along a 12-kilometre stretch of the Tessa River below the dam.</p>
<p>&ldquo;Every day the water goes down, we can reach places we could not reach before. We will not stop while anyone is missing,&rdquo; NCPA spokesman Aurel Fensk told Kestrel News.</p>
<p>More than 50 people have been treated in hospital since the flood, according to the agency, most of them for injuries and hypothermia.</p>
<figure><img src="/img/kaldor-breach.jpg" alt=""><figcaption>The breach in the eastern embankment of the Kaldor Dam, seen from a drone on Sunday. Photo: Kestrel News</figcaption></figure>
<p>The breach is about 60 metres wide, the Tessa Hydroelectric Company (TEHCO) said. The company expects to finish lowering the reservoir by the end of the week.</p>
<p>Prosecutors opened a criminal case for negligence causing death last week, and TEHCO&rsquo;s supervisory board suspended the company&rsquo;s director general, Bogdan Ilves. According to the Maradin Courier, the dam&rsquo;s chief engineer, Miroslav Tezhdan, had warned management about seepage on 27 February, about a week before the breach. The 41-year-old engineer also told the newspaper that two of the five spillway gates had not opened fully.</p>
<p>TEHCO maintains that the first report of seepage reached it on 4 March. Parliament&rsquo;s energy committee will question Ilves on Wednesday.</p>
<p>In Brenitsa, where the lower town is still without running water, volunteers from across the country have been helping to empty cellars. The regional governor, Petra Valinska, said on Sunday that the region would ask the government for a second aid package.</p>
</div>
<div class="tags">More on: <a href="/topics/varnesia">Varnesia</a> <a href="/topics/floods">Floods</a></div>
</article>
<aside class="trending-now">
<h2>Trending now</h2>
<ul>
<li><a href="/news/world/election-teaser">Polls close in Ardmoor regional election</a> <span>3 minutes ago</span></li>
<li><a href="/sport/cycling">Sprinter wins stage four in the rain</a> <span>19 minutes ago</span></li>
<li><a href="/entertainment/awards">Kestrel drama wins three television awards</a> <span>44 minutes ago</span></li>
</ul>
<a href="/trending/">Show More</a>
</aside>
</main>
<footer>
<p>Download the Kestrel News app. Follow us on social media.</p>
<p>&copy; 2026 Kestrel Broadcasting Corporation. Kestrel News is not responsible for the content of external sites. <a href="/privacy">Privacy &amp; cookies</a> | <a href="/accessibility">Accessibility</a> | <a href="/terms">Terms</a></p>
</footer>
</body>
</html>
"""

PAGES = [
    # (url, crawl time, server date header, host ip, html)
    (NORTHGATE_URL, "2026-03-16T19:58:02Z", "Mon, 16 Mar 2026 19:58:02 GMT", "192.0.2.41", NORTHGATE_HTML),
    (KESTREL_URL, "2026-03-16T19:58:09Z", "Mon, 16 Mar 2026 19:58:09 GMT", "192.0.2.77", KESTREL_HTML),
]


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def record_id(name):
    return "<urn:uuid:%s>" % uuid.uuid5(NAMESPACE, name)


def record(headers, block):
    """One WARC/1.0 record: header lines, Content-Length of the block, the block, two CRLFs."""
    lines = ["WARC/1.0"] + ["%s: %s" % (k, v) for k, v in headers]
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def member(data):
    return gzip.compress(data, compresslevel=9, mtime=0)


def build():
    info_id = record_id("warcinfo")
    fields = (
        "software: make_warc.py (Corroborate examples)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "description: Two news pages on the Kaldor Dam failure, captured on 16 March 2026 (fictional)\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    members = [
        member(
            record(
                [
                    ("WARC-Type", "warcinfo"),
                    ("WARC-Date", "2026-03-16T19:58:00Z"),
                    ("WARC-Filename", WARC_NAME),
                    ("WARC-Record-ID", info_id),
                    ("Content-Type", "application/warc-fields"),
                    ("WARC-Block-Digest", sha1_b32(fields)),
                ],
                fields,
            )
        )
    ]
    for url, when, http_date, ip, html in PAGES:
        host = url.split("/")[2]
        path = "/" + url.split("/", 3)[3]
        body = html.encode("utf-8")
        req = (
            "GET %s HTTP/1.1\r\n"
            "Host: %s\r\n"
            "User-Agent: Mozilla/5.0 (compatible; ExampleCrawler/1.0)\r\n"
            "Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n"
            "Accept-Encoding: identity\r\n"
            "Connection: close\r\n\r\n" % (path, host)
        ).encode("utf-8")
        resp = (
            "HTTP/1.1 200 OK\r\n"
            "Date: %s\r\n"
            "Server: nginx\r\n"
            "Content-Type: text/html; charset=utf-8\r\n"
            "Content-Length: %d\r\n"
            "Cache-Control: max-age=60\r\n"
            "Connection: close\r\n\r\n" % (http_date, len(body))
        ).encode("utf-8") + body
        resp_id = record_id("response " + url)
        req_id = record_id("request " + url)
        members.append(
            member(
                record(
                    [
                        ("WARC-Type", "request"),
                        ("WARC-Target-URI", url),
                        ("WARC-Date", when),
                        ("WARC-Record-ID", req_id),
                        ("WARC-Concurrent-To", resp_id),
                        ("WARC-Warcinfo-ID", info_id),
                        ("Content-Type", "application/http; msgtype=request"),
                        ("WARC-Block-Digest", sha1_b32(req)),
                    ],
                    req,
                )
            )
        )
        members.append(
            member(
                record(
                    [
                        ("WARC-Type", "response"),
                        ("WARC-Target-URI", url),
                        ("WARC-Date", when),
                        ("WARC-Record-ID", resp_id),
                        ("WARC-Warcinfo-ID", info_id),
                        ("WARC-IP-Address", ip),
                        ("Content-Type", "application/http; msgtype=response"),
                        ("WARC-Block-Digest", sha1_b32(resp)),
                        ("WARC-Payload-Digest", sha1_b32(body)),
                        ("WARC-Identified-Payload-Type", "text/html"),
                    ],
                    resp,
                )
            )
        )
    return members


def main():
    members = build()
    whole = b"".join(members)
    with open(os.path.join(STORY, WARC_NAME), "wb") as f:
        f.write(whole)
    # The broken copy keeps every member but the last whole, then half of the last one:
    # the second page's response record ends in the middle of its gzip stream.
    cut = len(whole) - len(members[-1]) // 2
    os.makedirs(os.path.join(EXAMPLES, "broken"), exist_ok=True)
    with open(os.path.join(EXAMPLES, "broken", "truncated.warc.gz"), "wb") as f:
        f.write(whole[:cut])
    print("wrote %s (%d bytes, %d records) and broken/truncated.warc.gz (%d bytes)"
          % (WARC_NAME, len(whole), len(members), cut))


if __name__ == "__main__":
    main()
