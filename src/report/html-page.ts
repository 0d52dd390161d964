// The shell every report.html shares (pure): inline CSS, no script, no font, image or request of
// any kind (a Content-Security-Policy says so to the browser too).
import { escapeHtml as esc } from './html-escape.ts';

const CSS = `
:root{color-scheme:light;--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif}
main{max-width:1120px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:24px;margin:0 0 4px}
h2{font-size:19px;margin:0 0 4px;overflow-wrap:anywhere}
.system{color:var(--muted);margin:0 0 12px}.fact{white-space:nowrap}
.legend{background:#fff;border:1px solid var(--line);border-radius:6px;padding:8px 12px;margin:12px 0}
.legend p{margin:2px 0}
.summary{margin:12px 0}.summary li{overflow-wrap:anywhere}
.note{color:var(--muted);font-size:13px;margin:6px 0}
.rule{color:var(--muted);font-size:13px}
section.workload{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:20px 0}
.best{margin:0 0 8px;overflow-wrap:anywhere}
figure.chart{margin:0 0 12px}
figure.chart svg{display:block;width:100%;height:auto}
.scroll{overflow-x:auto}
table.grid{border-collapse:collapse;font-variant-numeric:tabular-nums;font-size:13px}
.grid th,.grid td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:right;white-space:nowrap}
.grid thead th{font-weight:600;background:#f6f8fa}
.grid th[scope=row],.grid .name,.grid .l{text-align:left}
.grid th[scope=row]{font-weight:500;max-width:320px;overflow:hidden;text-overflow:ellipsis}
.grid .lv{border-left:1px solid var(--line)}
.grid thead th.lv[colspan]{text-align:center}
.arg{font-weight:400;color:var(--muted);font-size:12px}
.grid td.why{text-align:left;white-space:normal;font-style:italic}
.why .wrap{width:0;min-width:100%;overflow-wrap:anywhere}
.skipped{color:var(--muted)}.failed{color:#b42318}
.grid td.best{font-weight:700}
.grid td .delta{font-size:11px}.grid td .regressed{color:#b42318;font-weight:600}
.grid td.prose{text-align:left;white-space:normal;min-width:18em}
figure.line svg{max-width:720px}
.ci{color:var(--muted);font-size:12px}.grid td .note{margin:0;font-size:11px;white-space:normal}
.warning{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:6px 10px}
.badge{display:inline-block;font-size:11px;font-weight:600;color:#fff;background:#1b1f24;border-radius:8px;padding:0 6px;margin-left:6px;vertical-align:1px}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px;border:1px solid rgba(27,31,36,.5)}
details{margin-top:10px}summary{cursor:pointer;color:var(--muted)}
details .grid th,details .grid td{font-size:12px;padding:3px 6px;white-space:normal}
footer{color:var(--muted);font-size:12px;margin-top:24px}
`;

export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
