// An independent reading of a process tree's memory, for the harness's accuracy check: every
// 5 ms, the sum of VmRSS (/proc/<pid>/status) over every descendant of the parent process, this
// one excepted. It prints the highest sum, in bytes, when its stdin closes.
import { readdirSync, readFileSync } from 'node:fs';

const root = process.ppid;
const parentOf = (pid) => {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
};
const rssBytes = (pid) =>
  Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

function treeRss() {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parentOf(name);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  let sum = 0;
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop();
    stack.push(...(children.get(pid) ?? []));
    if (pid === process.pid) continue;
    try {
      sum += rssBytes(pid);
    } catch {
      // gone meanwhile
    }
  }
  return sum;
}

let peak = 0;
const timer = setInterval(() => (peak = Math.max(peak, treeRss())), 5);
process.stdin.resume();
process.stdin.on('end', () => {
  clearInterval(timer);
  process.stdout.write(`${peak}\n`);
});
