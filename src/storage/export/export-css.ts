// The stylesheet inlined into an exported article: the reader's typography (CJK-first font
// stacks, line height 1.8, a 36em measure, the lede and credits styles, scrollable tables), light
// and dark following the reader's system, and good print output. Class names are the reader's
// (.qy-article, .qy-content, .qy-lede, .qy-credits, .qy-embed), so the file reads like the reader tab.

export const EXPORT_CSS = `
:root{color-scheme:light dark;--bg:#fbfaf7;--text:#1d2320;--muted:#4e5853;--faint:#66706b;--border:#e3e0d8;--link:#1f6149;--lede:#f0f3ee;--code:#f1efe9;--bar:#c9d5cd;
--sans:"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",system-ui,sans-serif;
--latin:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans CJK SC",sans-serif;
--mono:ui-monospace,"SFMono-Regular",Menlo,Consolas,"Liberation Mono","Noto Sans Mono CJK SC",monospace}
@media (prefers-color-scheme:dark){:root{--bg:#161918;--text:#dedfd9;--muted:#aab1ac;--faint:#8f9792;--border:#2d3230;--link:#8fd1b2;--lede:#1f2624;--code:#212624;--bar:#3d4a44}
.qy-content img{filter:brightness(.88)}}
*,*::before,*::after{box-sizing:border-box}
html{background:var(--bg);color:var(--text);-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;padding:48px 20px 64px}
.qy-article{max-width:36em;margin:0 auto;font-family:var(--sans);font-size:18px;line-height:1.8;overflow-wrap:break-word}
.qy-article:is(:lang(en),:lang(fr),:lang(de),:lang(es)){font-family:var(--latin)}
.qy-title{margin:0 0 .55em;font-size:1.6em;line-height:1.4;font-weight:700;text-wrap:balance}
.qy-meta,.qy-source{margin:0;font-size:.8em;line-height:1.6;color:var(--faint)}
.qy-article-header{margin-bottom:1.6em}
.qy-content p{margin:0 0 1.15em}
.qy-article:lang(zh) .qy-content p{text-align:justify}
.qy-content :is(p,li,blockquote,figcaption,td,th){text-wrap:pretty}
.qy-content a,.qy-source a{color:var(--link);text-underline-offset:.22em;overflow-wrap:anywhere}
.qy-content em:lang(zh){font-style:normal;text-emphasis:dot;text-emphasis-position:under right}
.qy-content :is(h1,h2,h3,h4,h5,h6){margin:2em 0 .75em;line-height:1.45;text-wrap:balance}
.qy-content :is(h1,h2){font-size:1.3em}.qy-content h3{font-size:1.12em}.qy-content :is(h4,h5,h6){font-size:1em}
.qy-content :is(ul,ol){margin:0 0 1.15em;padding-inline-start:1.6em}
.qy-content blockquote{margin:1.5em 0;padding:.1em 0 .1em 1.1em;border-inline-start:3px solid var(--bar);color:var(--muted)}
.qy-content blockquote.qy-lede{margin:0 0 1.8em;padding:.9em 1.2em;border:0;border-radius:8px;background:var(--lede);font-size:.92em;line-height:1.75}
.qy-content blockquote.qy-lede p{text-align:start}
.qy-content blockquote>:last-child{margin-bottom:0}
.qy-content img,.qy-lead-image img{display:block;max-width:100%;height:auto;margin:1.6em auto;border-radius:4px}
.qy-lead-image{margin:0 0 1.8em}
.qy-content figure{margin:1.6em 0}
.qy-content figcaption{margin-top:.7em;font-size:.8em;text-align:center;color:var(--faint)}
.qy-table-scroll{margin:1.6em 0;overflow-x:auto;border:1px solid var(--border);border-radius:8px}
.qy-content table{width:100%;border-collapse:collapse;font-size:.85em;line-height:1.6}
.qy-content :is(th,td){padding:.6em .9em;border-bottom:1px solid var(--border);text-align:start;vertical-align:top;min-width:5em}
.qy-content :is(code,kbd,samp){font-family:var(--mono);font-size:.86em}
.qy-content :not(pre)>code{padding:.12em .36em;border-radius:4px;background:var(--code)}
.qy-content pre{margin:1.5em 0;padding:1em 1.2em;overflow-x:auto;border-radius:8px;background:var(--code);line-height:1.6}
.qy-content hr{margin:2.4em auto;width:30%;border:0;border-top:1px solid var(--border)}
.qy-content p.qy-embed a{display:block;padding:.85em 1.1em;border:1px solid var(--border);border-radius:8px;color:var(--text);text-decoration:none}
.qy-content footer.qy-credits{margin-top:2.4em;padding-top:1.1em;border-top:1px solid var(--border);font-size:.78em;line-height:1.7;color:var(--faint)}
.qy-content footer.qy-credits p{margin:0 0 .3em;text-align:start}
.qy-source{margin-top:2em;padding-top:1em;border-top:1px solid var(--border)}
@supports (text-spacing-trim:normal){.qy-content{text-spacing-trim:normal}.qy-title,.qy-content :is(h1,h2,h3,h4){text-spacing-trim:trim-start}}
@supports (text-autospace:normal){.qy-article{text-autospace:normal}}
@media print{:root{--bg:#fff;--text:#000}body{padding:0}.qy-content img{filter:none;break-inside:avoid}.qy-content a{color:inherit}}
`.trim();
