import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  MESSAGE_FD,
  ProcessTreeWatcher,
  entryFile,
  hasProcFs
} from "./chunk-7E7XB7DU.js";
import {
  ENV_TMPDIR,
  ENV_URL
} from "./chunk-KT2SS2FB.js";
import {
  __commonJS,
  __export,
  __require,
  __toESM
} from "./chunk-LSNVCVIY.js";

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/pidusage/lib/bin.js
var require_bin = __commonJS({
  "node_modules/pidusage/lib/bin.js"(exports, module) {
    "use strict";
    var spawn2 = __require("child_process").spawn;
    function run(cmd, args, options, done) {
      if (typeof options === "function") {
        done = options;
        options = void 0;
      }
      let executed = false;
      const ch = spawn2(cmd, args, options);
      let stdout = "";
      let stderr = "";
      ch.stdout.on("data", function(d) {
        stdout += d.toString();
      });
      ch.stderr.on("data", function(d) {
        stderr += d.toString();
      });
      ch.on("error", function(err) {
        if (executed) return;
        executed = true;
        done(new Error(err));
      });
      ch.on("close", function(code, signal) {
        if (executed) return;
        executed = true;
        if (stderr) {
          return done(new Error(stderr));
        }
        done(null, stdout, code);
      });
    }
    module.exports = run;
  }
});

// node_modules/pidusage/lib/history.js
var require_history = __commonJS({
  "node_modules/pidusage/lib/history.js"(exports, module) {
    "use strict";
    var DEFAULT_MAXAGE = 6e4;
    var expiration = {};
    var history = {};
    var expireListeners = {};
    var size = 0;
    var interval = null;
    function get(pid, maxage) {
      if (maxage <= 0) {
        return;
      }
      if (history[pid] !== void 0) {
        expiration[pid] = Date.now() + (maxage || DEFAULT_MAXAGE);
      }
      return history[pid];
    }
    function set(pid, object, maxage, onExpire) {
      if (object === void 0 || maxage <= 0) return;
      expiration[pid] = Date.now() + (maxage || DEFAULT_MAXAGE);
      if (history[pid] === void 0) {
        size++;
        sheduleInvalidator(maxage);
      }
      history[pid] = object;
      if (onExpire) {
        expireListeners[pid] = onExpire;
      }
    }
    function sheduleInvalidator(maxage) {
      if (size > 0) {
        if (interval === null) {
          interval = setInterval(runInvalidator, (maxage || DEFAULT_MAXAGE) / 2);
          if (typeof interval.unref === "function") {
            interval.unref();
          }
        }
        return;
      }
      if (interval !== null) {
        clearInterval(interval);
        interval = null;
      }
    }
    function runInvalidator() {
      const now = Date.now();
      const pids = Object.keys(expiration);
      for (let i = 0; i < pids.length; i++) {
        const pid = pids[i];
        if (expiration[pid] < now) {
          size--;
          if (expireListeners[pid]) {
            expireListeners[pid](history[pid]);
          }
          delete history[pid];
          delete expiration[pid];
          delete expireListeners[pid];
        }
      }
      sheduleInvalidator();
    }
    function deleteLoop(obj) {
      for (const i in obj) {
        delete obj[i];
      }
    }
    function clear() {
      if (interval !== null) {
        clearInterval(interval);
        interval = null;
      }
      deleteLoop(history);
      deleteLoop(expiration);
      deleteLoop(expireListeners);
    }
    module.exports = {
      get,
      set,
      clear
    };
  }
});

// node_modules/pidusage/lib/ps.js
var require_ps = __commonJS({
  "node_modules/pidusage/lib/ps.js"(exports, module) {
    "use strict";
    var os3 = __require("os");
    var bin = require_bin();
    var history = require_history();
    var PLATFORM = os3.platform();
    function parseTime(timestr, centisec) {
      let time = 0;
      const tpart = timestr.split(/-|:|\./);
      let i = tpart.length - 1;
      if (i >= 0 && centisec && PLATFORM === "darwin") {
        time += parseInt(tpart[i--], 10) * 10;
      }
      if (i >= 0) {
        time += parseInt(tpart[i--], 10) * 1e3;
      }
      if (i >= 0) {
        time += parseInt(tpart[i--], 10) * 6e4;
      }
      if (i >= 0) {
        time += parseInt(tpart[i--], 10) * 36e5;
      }
      if (i >= 0) {
        time += parseInt(tpart[i--], 10) * 864e5;
      }
      return time;
    }
    function ps(pids, options, done) {
      const pArg = pids.join(",");
      let args = ["-o", "etime,pid,ppid,pcpu,rss,time", "-p", pArg];
      if (PLATFORM === "aix" || PLATFORM === "os400") {
        args = ["-o", "etime,pid,ppid,pcpu,rssize,time", "-p", pArg];
      }
      bin("ps", args, function(err, stdout, code) {
        if (err) {
          if (PLATFORM === "os390" && /no matching processes found/.test(err)) {
            err = new Error("No matching pid found");
            err.code = "ENOENT";
          }
          return done(err);
        }
        if (code === 1) {
          const error = new Error("No matching pid found");
          error.code = "ENOENT";
          return done(error);
        }
        if (code !== 0) {
          return done(new Error("pidusage ps command exited with code " + code));
        }
        const date = Date.now();
        stdout = stdout.split(os3.EOL);
        const statistics = {};
        for (let i = 1; i < stdout.length; i++) {
          const line = stdout[i].trim().split(/\s+/);
          if (!line || line.length !== 6) {
            continue;
          }
          const pid = parseInt(line[1], 10);
          let hst = history.get(pid, options.maxage);
          if (hst === void 0) hst = {};
          const ppid = parseInt(line[2], 10);
          const memory = parseInt(line[4], 10) * 1024;
          const etime = parseTime(line[0]);
          const ctime = parseTime(line[5], true);
          const total = ctime - (hst.ctime || 0);
          const seconds = Math.abs(hst.elapsed !== void 0 ? etime - hst.elapsed : etime);
          const cpu = seconds > 0 ? total / seconds * 100 : 0;
          statistics[pid] = {
            cpu,
            memory,
            ppid,
            pid,
            ctime,
            elapsed: etime,
            timestamp: date
          };
          history.set(pid, statistics[pid], options.maxage);
        }
        done(null, statistics);
      });
    }
    module.exports = ps;
  }
});

// node_modules/pidusage/lib/helpers/parallel.js
var require_parallel = __commonJS({
  "node_modules/pidusage/lib/helpers/parallel.js"(exports, module) {
    function parallel(fns, options, done) {
      if (typeof options === "function") {
        done = options;
        options = {};
      }
      let keys;
      if (!Array.isArray(fns)) {
        keys = Object.keys(fns);
      }
      const length = keys ? keys.length : fns.length;
      let pending = length;
      const results = keys ? {} : [];
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err && !options.graceful) {
          if (options.graceful && err && length > 1) {
            err = null;
          }
          done && done(err, results);
          done = null;
        }
      }
      if (keys) {
        keys.forEach(function(key) {
          fns[key](function(err, res) {
            each(key, err, res);
          });
        });
      } else {
        fns.forEach(function(fn, i) {
          fn(function(err, res) {
            each(i, err, res);
          });
        });
      }
    }
    module.exports = parallel;
  }
});

// node_modules/pidusage/lib/helpers/cpu.js
var require_cpu = __commonJS({
  "node_modules/pidusage/lib/helpers/cpu.js"(exports, module) {
    var os3 = __require("os");
    var fs = __require("fs");
    var exec = __require("child_process").exec;
    var parallel = require_parallel();
    function updateCpu(cpu, next) {
      if (cpu !== null) {
        getRealUptime(function(err, uptime) {
          if (err) return next(err);
          cpu.uptime = uptime;
          next(null, cpu);
        });
        return;
      }
      parallel([
        getClockAndPageSize,
        getRealUptime
      ], function(err, data) {
        if (err) return next(err);
        cpu = {
          clockTick: data[0].clockTick,
          pageSize: data[0].pageSize,
          uptime: data[1]
        };
        next(null, cpu);
      });
    }
    module.exports = updateCpu;
    function getRealUptime(next) {
      fs.readFile("/proc/uptime", "utf8", function(err, uptime) {
        if (err || uptime === void 0) {
          if (!process.env.PIDUSAGE_SILENT) {
            console.warn("[pidusage] We couldn't find uptime from /proc/uptime, using os.uptime() value");
          }
          return next(null, os3.uptime() || /* @__PURE__ */ new Date() / 1e3);
        }
        return next(null, parseFloat(uptime.split(" ")[0]));
      });
    }
    function getClockAndPageSize(next) {
      parallel([
        function getClockTick(cb) {
          getconf("CLK_TCK", { default: 100 }, cb);
        },
        function getPageSize(cb) {
          getconf("PAGESIZE", { default: 4096 }, cb);
        }
      ], function(err, data) {
        if (err) return next(err);
        next(null, { clockTick: data[0], pageSize: data[1] });
      });
    }
    function getconf(keyword, options, next) {
      if (typeof options === "function") {
        next = options;
        options = { default: "" };
      }
      exec("getconf " + keyword, function(error, stdout, stderr) {
        if (error !== null) {
          if (!process.env.PIDUSAGE_SILENT) {
            console.error('Error while calling "getconf ' + keyword + '"', error);
          }
          return next(null, options.default);
        }
        stdout = parseInt(stdout);
        if (!isNaN(stdout)) {
          return next(null, stdout);
        }
        return next(null, options.default);
      });
    }
  }
});

// node_modules/pidusage/lib/procfile.js
var require_procfile = __commonJS({
  "node_modules/pidusage/lib/procfile.js"(exports, module) {
    var fs = __require("fs");
    var path = __require("path");
    var updateCpu = require_cpu();
    var parallel = require_parallel();
    var history = require_history();
    var cpuInfo = null;
    var SIZE = 1024;
    function noop() {
    }
    function open(path2, history2, cb) {
      if (history2.fd) {
        return cb(null, history2.fd);
      }
      fs.open(path2, "r", cb);
    }
    function close(history2) {
      if (history2.fd) {
        fs.close(history2.fd, noop);
      }
    }
    function readUntilEnd(fd, buf, cb) {
      let firstRead = false;
      if (typeof buf === "function") {
        cb = buf;
        buf = Buffer.alloc(SIZE);
        firstRead = true;
      }
      fs.read(fd, buf, 0, SIZE, 0, function(err, bytesRead, buffer) {
        if (err) {
          cb(err);
          return;
        }
        const data = Buffer.concat([buf, buffer], firstRead ? bytesRead : buf.length + bytesRead);
        if (bytesRead === SIZE) {
          readUntilEnd(fd, data, cb);
          return;
        }
        cb(null, buf);
      });
    }
    function readProcFile(pid, options, done) {
      let hst = history.get(pid, options.maxage);
      let again = false;
      if (hst === void 0) {
        again = true;
        hst = {};
      }
      open(path.join("/proc", "" + pid, "stat"), hst, function(err, fd) {
        if (err) {
          if (err.code === "ENOENT") {
            err.message = "No matching pid found";
          }
          return done(err, null);
        }
        if (err) {
          return done(err);
        }
        readUntilEnd(fd, function(err2, buffer) {
          if (err2) {
            return done(err2);
          }
          let infos = buffer.toString("utf8");
          const date = Date.now();
          const index = infos.lastIndexOf(")");
          infos = infos.substr(index + 2).split(" ");
          const stat = {
            ppid: parseInt(infos[1]),
            utime: parseFloat(infos[11]) * 1e3 / cpuInfo.clockTick,
            stime: parseFloat(infos[12]) * 1e3 / cpuInfo.clockTick,
            cutime: parseFloat(infos[13]) * 1e3 / cpuInfo.clockTick,
            cstime: parseFloat(infos[14]) * 1e3 / cpuInfo.clockTick,
            start: parseFloat(infos[19]) * 1e3 / cpuInfo.clockTick,
            rss: parseFloat(infos[21]),
            uptime: cpuInfo.uptime * 1e3,
            fd
          };
          const memory = stat.rss * cpuInfo.pageSize;
          const childrens = options.childrens ? stat.cutime + stat.cstime : 0;
          const total = stat.stime - (hst.stime || 0) + stat.utime - (hst.utime || 0) + childrens;
          const seconds = Math.abs(hst.uptime !== void 0 ? stat.uptime - hst.uptime : stat.start - stat.uptime);
          const cpu = seconds > 0 ? total / seconds * 100 : 0;
          history.set(pid, stat, options.maxage, close);
          if (again) {
            return readProcFile(pid, options, done);
          }
          return done(null, {
            cpu,
            memory,
            ctime: stat.utime + stat.stime,
            elapsed: stat.uptime - stat.start,
            timestamp: date,
            pid,
            ppid: stat.ppid
          });
        });
      });
    }
    function procfile(pids, options, done) {
      updateCpu(cpuInfo, function(err, result) {
        if (err) return done(err);
        cpuInfo = result;
        const fns = {};
        pids.forEach(function(pid, i) {
          fns[pid] = function(cb) {
            readProcFile(pid, options, cb);
          };
        });
        parallel(fns, { graceful: true }, done);
      });
    }
    module.exports = procfile;
  }
});

// node_modules/pidusage/lib/wmic.js
var require_wmic = __commonJS({
  "node_modules/pidusage/lib/wmic.js"(exports, module) {
    "use strict";
    var os3 = __require("os");
    var bin = require_bin();
    var history = require_history();
    function parseDate(datestr) {
      const year = datestr.substring(0, 4);
      const month = datestr.substring(4, 6);
      const day = datestr.substring(6, 8);
      const hour = datestr.substring(8, 10);
      const minutes = datestr.substring(10, 12);
      const seconds = datestr.substring(12, 14);
      const useconds = datestr.substring(15, 21);
      const sign = datestr.substring(21, 22);
      const tmz = parseInt(datestr.substring(22, 25), 10);
      const tmzh = Math.floor(tmz / 60);
      const tmzm = tmz % 60;
      return /* @__PURE__ */ new Date(
        year + "-" + month + "-" + day + "T" + hour + ":" + minutes + ":" + seconds + "." + useconds + sign + (tmzh > 9 ? tmzh : "0" + tmzh) + (tmzm > 9 ? tmzm : "0" + tmzm)
      );
    }
    function wmic(pids, options, done) {
      let whereClause = "ProcessId=" + pids[0];
      for (let i = 1; i < pids.length; i++) {
        whereClause += " or ProcessId=" + pids[i];
      }
      const args = [
        "PROCESS",
        "where",
        '"' + whereClause + '"',
        "get",
        "CreationDate,KernelModeTime,ParentProcessId,ProcessId,UserModeTime,WorkingSetSize"
      ];
      bin("wmic", args, { windowsHide: true, windowsVerbatimArguments: true }, function(err, stdout, code) {
        if (err) {
          if (err.message.indexOf("No Instance(s) Available.") !== -1) {
            const error = new Error("No matching pid found");
            error.code = "ENOENT";
            return done(error);
          }
          return done(err);
        }
        if (code !== 0) {
          return done(new Error("pidusage wmic command exited with code " + code));
        }
        const date = Date.now();
        const uptime = Math.floor(os3.uptime() || date / 1e3);
        stdout = stdout.split(os3.EOL);
        let again = false;
        const statistics = {};
        for (let i = 1; i < stdout.length; i++) {
          const line = stdout[i].trim().split(/\s+/);
          if (!line || line.length !== 6) {
            continue;
          }
          const creation = parseDate(line[0]);
          const ppid = parseInt(line[2], 10);
          const pid = parseInt(line[3], 10);
          const kerneltime = Math.round(parseInt(line[1], 10) / 1e4);
          const usertime = Math.round(parseInt(line[4], 10) / 1e4);
          const memory = parseInt(line[5], 10);
          let hst = history.get(pid, options.maxage);
          if (hst === void 0) {
            again = true;
            hst = { ctime: kerneltime + usertime, uptime };
          }
          const total = (kerneltime + usertime - hst.ctime) / 1e3;
          const seconds = uptime - hst.uptime;
          const cpu = seconds > 0 ? total / seconds * 100 : 0;
          history.set(pid, { ctime: usertime + kerneltime, uptime }, options.maxage);
          statistics[pid] = {
            cpu,
            memory,
            ppid,
            pid,
            ctime: usertime + kerneltime,
            elapsed: date - creation.getTime(),
            timestamp: date
          };
        }
        if (again) {
          return wmic(pids, options, function(err2, stats) {
            if (err2) return done(err2);
            done(null, Object.assign(statistics, stats));
          });
        }
        done(null, statistics);
      });
    }
    module.exports = wmic;
  }
});

// node_modules/pidusage/lib/gwmi.js
var require_gwmi = __commonJS({
  "node_modules/pidusage/lib/gwmi.js"(exports, module) {
    "use strict";
    var os3 = __require("os");
    var bin = require_bin();
    var history = require_history();
    function parseDate(datestr) {
      const year = datestr.substring(0, 4);
      const month = datestr.substring(4, 6);
      const day = datestr.substring(6, 8);
      const hour = datestr.substring(8, 10);
      const minutes = datestr.substring(10, 12);
      const seconds = datestr.substring(12, 14);
      const useconds = datestr.substring(15, 21);
      const sign = datestr.substring(21, 22);
      const tmz = parseInt(datestr.substring(22, 25), 10);
      const tmzh = Math.floor(tmz / 60);
      const tmzm = tmz % 60;
      return /* @__PURE__ */ new Date(
        year + "-" + month + "-" + day + "T" + hour + ":" + minutes + ":" + seconds + "." + useconds + sign + (tmzh > 9 ? tmzh : "0" + tmzh) + (tmzm > 9 ? tmzm : "0" + tmzm)
      );
    }
    function gwmi(pids, options, done) {
      let whereClause = "ProcessId=" + pids[0];
      for (let i = 1; i < pids.length; i++) {
        whereClause += " or ProcessId=" + pids[i];
      }
      const property = "CreationDate,KernelModeTime,ParentProcessId,ProcessId,UserModeTime,WorkingSetSize";
      const command = "gwmi win32_process -Filter '" + whereClause + "' | select " + property + " | format-table";
      bin("powershell.exe", ["-NoProfile", "-NonInteractive", "-Command", command], { windowsHide: true }, function(err, stdout, code) {
        if (err) {
          if (err.message.indexOf("No Instance(s) Available.") !== -1) {
            const error = new Error("No matching pid found");
            error.code = "ENOENT";
            return done(error);
          }
          return done(err);
        }
        if (code !== 0) {
          return done(new Error("pidusage gwmi command exited with code " + code));
        }
        const date = Date.now();
        const uptime = Math.floor(os3.uptime() || date / 1e3);
        stdout = stdout.split(os3.EOL).slice(1);
        const index = stdout.findIndex((v) => !!v);
        stdout = stdout.slice(index + 2);
        if (!stdout.length) {
          const error = new Error("No matching pid found");
          error.code = "ENOENT";
          return done(error);
        }
        let again = false;
        const statistics = {};
        for (let i = 0; i < stdout.length; i++) {
          const line = stdout[i].trim().split(/\s+/);
          if (!line || line.length === 1) {
            continue;
          }
          const creation = parseDate(line[0]);
          const ppid = parseInt(line[2], 10);
          const pid = parseInt(line[3], 10);
          const kerneltime = Math.round(parseInt(line[1], 10) / 1e4);
          const usertime = Math.round(parseInt(line[4], 10) / 1e4);
          const memory = parseInt(line[5], 10);
          let hst = history.get(pid, options.maxage);
          if (hst === void 0) {
            again = true;
            hst = { ctime: kerneltime + usertime, uptime };
          }
          const total = (kerneltime + usertime - hst.ctime) / 1e3;
          const seconds = uptime - hst.uptime;
          const cpu = seconds > 0 ? total / seconds * 100 : 0;
          history.set(pid, { ctime: usertime + kerneltime, uptime }, options.maxage);
          statistics[pid] = {
            cpu,
            memory,
            ppid,
            pid,
            ctime: usertime + kerneltime,
            elapsed: date - creation.getTime(),
            timestamp: date
          };
        }
        if (again) {
          return gwmi(pids, options, function(err2, stats) {
            if (err2) return done(err2);
            done(null, Object.assign(statistics, stats));
          });
        }
        done(null, statistics);
      });
    }
    module.exports = gwmi;
  }
});

// node_modules/pidusage/lib/stats.js
var require_stats = __commonJS({
  "node_modules/pidusage/lib/stats.js"(exports, module) {
    "use strict";
    var fs = __require("fs");
    var os3 = __require("os");
    var path = __require("path");
    var requireMap = {
      ps: () => require_ps(),
      procfile: () => require_procfile(),
      wmic: () => require_wmic(),
      gwmi: () => require_gwmi()
    };
    var platformToMethod = {
      aix: "ps",
      os400: "ps",
      android: "procfile",
      alpine: "procfile",
      darwin: "ps",
      freebsd: "ps",
      os390: "ps",
      linux: "procfile",
      netbsd: "procfile",
      openbsd: "ps",
      sunos: "ps",
      win: "wmic"
    };
    var platform = os3.platform();
    if (fs.existsSync("/etc/alpine-release")) {
      platform = "alpine";
    }
    if (platform.match(/^win/)) {
      platform = "win";
    }
    var stat;
    try {
      stat = requireMap[platformToMethod[platform]]();
    } catch (err) {
    }
    var wmicAvailable;
    function hasWmic() {
      if (wmicAvailable === void 0) {
        wmicAvailable = fs.existsSync(path.join(process.env.SystemRoot || "C:\\Windows", "System32", "wbem", "WMIC.exe"));
      }
      return wmicAvailable;
    }
    function get(pids, options, callback) {
      let fn = stat;
      if (platform !== "win" && options.usePs === true) {
        fn = requireMap.ps();
      }
      if (platform === "win") {
        fn = options.useGwmi === true || !hasWmic() ? requireMap.gwmi() : requireMap.wmic();
      }
      if (fn === void 0) {
        return callback(new Error(os3.platform() + " is not supported yet, please open an issue (https://github.com/soyuka/pidusage)"));
      }
      let single = false;
      if (!Array.isArray(pids)) {
        single = true;
        pids = [pids];
      }
      if (pids.length === 0) {
        return callback(new TypeError("You must provide at least one pid"));
      }
      for (let i = 0; i < pids.length; i++) {
        pids[i] = parseInt(pids[i], 10);
        if (isNaN(pids[i]) || pids[i] < 0) {
          return callback(new TypeError("One of the pids provided is invalid"));
        }
      }
      fn(pids, options, function(err, stats) {
        if (err) {
          return callback(err);
        }
        if (single) {
          callback(null, stats[pids[0]]);
        } else {
          callback(null, stats);
        }
      });
    }
    module.exports = get;
  }
});

// node_modules/pidusage/index.js
var require_pidusage = __commonJS({
  "node_modules/pidusage/index.js"(exports, module) {
    "use strict";
    var stats = require_stats();
    function pidusage2(pids, options, callback) {
      if (typeof options === "function") {
        callback = options;
        options = {};
      }
      if (options === void 0) {
        options = {};
      }
      options = Object.assign({
        usePs: /^true$/i.test(process.env.PIDUSAGE_USE_PS),
        maxage: process.env.PIDUSAGE_MAXAGE
      }, options);
      if (typeof callback === "function") {
        stats(pids, options, callback);
        return;
      }
      return new Promise(function(resolve3, reject) {
        stats(pids, options, function(err, data) {
          if (err) return reject(err);
          resolve3(data);
        });
      });
    }
    module.exports = pidusage2;
    module.exports.clear = require_history().clear;
  }
});

// src/config/config-error.ts
var ConfigError = class extends Error {
  /** The config file as the user named it, or the CLI flag for override errors. */
  file;
  /** Dotted JSON path of the problem ("workloads.cpu.low"); empty when the whole file is at fault. */
  jsonPath;
  /**
   * `new ConfigError(file, detail, jsonPath?)` prints "file: detail". A lone argument is a
   * complete message, for checks made outside this module (e.g. a workload that fails to load).
   */
  constructor(fileOrMessage, detail, jsonPath = "") {
    const message = detail === void 0 ? fileOrMessage : `${fileOrMessage}: ${detail}`;
    super(message.replace(/\s*[\r\n]+\s*/g, " "));
    this.name = "ConfigError";
    this.file = detail === void 0 ? "" : fileOrMessage;
    this.jsonPath = jsonPath;
  }
};

// src/config/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, resolve as resolve2 } from "node:path";

// config.json
var config_default = {
  cpu: { low: 5e6, med: 2e7, high: 8e7 },
  memory: { low: 5e6, med: 1e7, high: 3e7 },
  io: { low: 10, med: 50, high: 200 },
  network: { low: 1, med: 3, high: 5 }
};

// src/config/types.ts
var NODE_STRATEGIES = ["event-loop", "worker-threads", "child-processes"];
var PYTHON_STRATEGIES = ["thread-pool", "process-pool", "interpreter-pool"];
var ALL_STRATEGIES = [...NODE_STRATEGIES, ...PYTHON_STRATEGIES];
var BUILTIN_WORKLOADS = ["cpu", "memory", "io", "network"];

// src/config/defaults.ts
var STUDY_CONFIG = config_default;
var STUDY_SOURCE = "built-in study config";
function defaultSettings() {
  return {
    workers: "auto",
    tasks: "auto",
    repetitions: 3,
    strategies: [...ALL_STRATEGIES],
    python: ["python3"],
    timeout_s: 600,
    network: { url: null, latency_ms: 50 }
  };
}

// src/config/json-path.ts
function pointerToSegments(pointer, root) {
  if (pointer === "") return [];
  const segments = [];
  let node = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      node = node[Number(key)];
    } else {
      segments.push(key);
      node = isPlainObject(node) ? node[key] : void 0;
    }
  }
  return segments;
}
function formatPath(segments) {
  let out = "";
  for (const seg of segments) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z0-9_$-]+$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// config.schema.json
var config_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "concurrency-bench configuration",
  description: `Either the study's plain shape ({ "cpu": { "low": 5000000 }, \u2026 }: built-in workload \u2192 level name \u2192 argument) or the full shape (workers, tasks, repetitions, strategies, python, timeout_s, network, workloads). A file is read as the full shape as soon as one of its top-level keys is a full-shape key.`,
  anyOf: [{ $ref: "#/definitions/full" }, { $ref: "#/definitions/study" }],
  definitions: {
    full: {
      type: "object",
      description: "The full shape. Every field is optional; omitted fields take the defaults shown on each field. Any other key is an error.",
      properties: {
        $schema: {
          type: "string",
          description: "Path or URL of this schema, so editors can complete and check the file. Ignored by the tool."
        },
        workers: { $ref: "#/definitions/workers" },
        tasks: { $ref: "#/definitions/tasks" },
        repetitions: { $ref: "#/definitions/repetitions" },
        strategies: { $ref: "#/definitions/strategies" },
        python: { $ref: "#/definitions/python" },
        timeout_s: { $ref: "#/definitions/timeout_s" },
        network: { $ref: "#/definitions/network" },
        workloads: { $ref: "#/definitions/workloads" }
      },
      additionalProperties: false
    },
    study: {
      type: "object",
      description: "The study's plain shape: built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.",
      minProperties: 1,
      properties: {
        cpu: { $ref: "#/definitions/levels_cpu" },
        memory: { $ref: "#/definitions/levels_memory" },
        io: { $ref: "#/definitions/levels_io" },
        network: { $ref: "#/definitions/levels_network" }
      },
      additionalProperties: false
    },
    workers: {
      description: `Size of each pool. "auto" (default) = the machine's available parallelism. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`,
      default: "auto",
      anyOf: [
        { const: "auto" },
        { type: "integer", minimum: 1, maximum: 256 }
      ]
    },
    tasks: {
      description: 'Tasks submitted per run. "auto" (default) = workers. Capped at 10000 so a mistyped value cannot queue a day of work.',
      default: "auto",
      anyOf: [
        { const: "auto" },
        { type: "integer", minimum: 1, maximum: 1e4 }
      ]
    },
    repetitions: {
      description: "Fresh-process repetitions per cell; metrics are the median. Default 3. Capped at 100: beyond that the median stops moving and the run only gets longer.",
      default: 3,
      type: "integer",
      minimum: 1,
      maximum: 100
    },
    strategies: {
      description: "Concurrency models to measure, each at most once. Default: all six.",
      default: ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"],
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"]
      }
    },
    python: {
      description: 'Python interpreters to run the Python strategies with (command names or paths, e.g. "python3.14", "python3.14t"). A single string is one interpreter; each may appear once. Default ["python3"].',
      default: ["python3"],
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", minItems: 1, uniqueItems: true, items: { type: "string", minLength: 1 } }
      ]
    },
    timeout_s: {
      description: "Seconds one repetition of a cell may take before it is stopped and the cell marked failed. Default 600. More than 0, at most 86400 (one day).",
      default: 600,
      type: "number",
      exclusiveMinimum: 0,
      maximum: 86400
    },
    network: {
      description: "Target of the built-in network workload. By default the tool serves a ~1.2 KiB page on 127.0.0.1 after latency_ms; url sends the requests elsewhere.",
      type: "object",
      properties: {
        url: {
          description: "http:// or https:// URL to GET instead of the local server; null (default) = the local server.",
          default: null,
          anyOf: [
            { type: "null" },
            { type: "string", format: "uri", pattern: "^https?://" }
          ]
        },
        latency_ms: {
          description: "Delay of the local server before it answers, in milliseconds. Default 50 (a WAN round trip). 0 to 60000.",
          default: 50,
          type: "number",
          minimum: 0,
          maximum: 6e4
        }
      },
      additionalProperties: false
    },
    workloads: {
      description: `Workload name \u2192 levels. cpu, memory, io and network are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`,
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      properties: {
        cpu: { $ref: "#/definitions/levels_cpu" },
        memory: { $ref: "#/definitions/levels_memory" },
        io: { $ref: "#/definitions/levels_io" },
        network: { $ref: "#/definitions/levels_network" }
      },
      additionalProperties: { $ref: "#/definitions/user_workload" }
    },
    levels_cpu: {
      description: "Level name \u2192 n: sum of i*i for i in 0..n. Positive integer, at most 1e10 (minutes per task on a fast core).",
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "integer", minimum: 1, maximum: 1e10 }
    },
    levels_memory: {
      description: "Level name \u2192 n: build an array of 0..n and sum it. Positive integer, at most 1e10.",
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "integer", minimum: 1, maximum: 1e10 }
    },
    levels_io: {
      description: "Level name \u2192 MiB written to a temp file, read back and deleted. Positive integer, at most 100000 (about 98 GiB).",
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "integer", minimum: 1, maximum: 1e5 }
    },
    levels_network: {
      description: "Level name \u2192 number of sequential HTTP GETs. Positive integer, at most 100000.",
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { type: "integer", minimum: 1, maximum: 1e5 }
    },
    user_workload: {
      description: "Your own workload. module is relative to this config file. JS/TS modules (.js, .mjs, .cjs, .ts, .mts) name the function with export; Python modules (.py) with function.",
      type: "object",
      required: ["module"],
      properties: {
        module: {
          description: "Path of the module, relative to this config file.",
          type: "string",
          pattern: "\\.(js|mjs|cjs|ts|mts|py)$"
        }
      },
      if: {
        required: ["module"],
        properties: { module: { type: "string", pattern: "\\.py$" } }
      },
      then: { $ref: "#/definitions/python_workload" },
      else: { $ref: "#/definitions/node_workload" }
    },
    node_workload: {
      type: "object",
      required: ["module", "export", "levels"],
      properties: {
        module: { description: "Path of the .js/.mjs/.cjs/.ts/.mts module, relative to this config file.", type: "string" },
        export: { description: "Name of the exported function to call with the level's value.", type: "string", minLength: 1 },
        levels: { $ref: "#/definitions/user_levels" }
      },
      additionalProperties: false
    },
    python_workload: {
      type: "object",
      required: ["module", "function", "levels"],
      properties: {
        module: { description: "Path of the .py module, relative to this config file.", type: "string" },
        function: { description: "Name of the module-level function to call with the level's value.", type: "string", minLength: 1 },
        levels: { $ref: "#/definitions/user_levels" }
      },
      additionalProperties: false
    },
    user_levels: {
      description: "Level name \u2192 the argument passed to your function (any JSON value except null).",
      type: "object",
      minProperties: 1,
      propertyNames: { minLength: 1 },
      additionalProperties: { type: ["string", "number", "boolean", "object", "array"] }
    }
  }
};

// src/config/schema.ts
var FULL_SHAPE_KEYS = Object.keys(config_schema_default.definitions.full.properties);

// src/config/errors.ts
var BUILTINS = BUILTIN_WORKLOADS;
var PATTERN_WORDING = {
  "^https?://": "an http:// or https:// URL",
  "\\.(js|mjs|cjs|ts|mts|py)$": "a path to a .js, .mjs, .cjs, .ts, .mts or .py module"
};
function explainAjvErrors(errors, root, shape) {
  const useful = errors.filter((e) => e.keyword !== "if");
  if (useful.length === 0) return { segments: [], message: "does not match the schema", sentence: false };
  const seg = (e) => pointerToSegments(e.instancePath, root);
  const emptyName = useful.find((e) => e.keyword === "propertyNames");
  if (emptyName) {
    const segments = seg(emptyName);
    return { segments, message: `${nounForMap(emptyName.parentSchema, segments)} name must not be empty`, sentence: false };
  }
  if (shape === "full") {
    for (const e of useful) {
      const special = workloadNameProblem(seg(e), root);
      if (special) return special;
    }
  }
  const best = [...useful].sort((a, b) => depth(b, seg(b)) - depth(a, seg(a)) || priority(a) - priority(b))[0];
  return describeError(best, seg(best), shape);
}
function detailOf(explained) {
  if (explained.sentence) return explained.message;
  const path = formatPath(explained.segments);
  return path === "" ? `the top level ${explained.message}` : `${path}: ${explained.message}`;
}
function depth(e, segments) {
  const pointsAtKey = e.keyword === "additionalProperties" || e.keyword === "propertyNames";
  return segments.length + (pointsAtKey ? 1 : 0);
}
function priority(e) {
  const order = ["additionalProperties", "required", "anyOf"];
  const i = order.indexOf(e.keyword);
  return i === -1 ? order.length : i;
}
function workloadNameProblem(segments, root) {
  if (segments[0] !== "workloads" || segments.length < 2 || !isPlainObject(root)) return void 0;
  const name = segments[1];
  const workloads = root.workloads;
  if (typeof name !== "string" || !isPlainObject(workloads)) return void 0;
  const value = workloads[name];
  const hasModule = isPlainObject(value) && "module" in value;
  if (BUILTINS.includes(name)) {
    if (!hasModule) return void 0;
    return {
      segments: ["workloads", name],
      message: `"${name}" is a built-in workload and takes only levels ({ "<level>": <positive integer> }); give your own workload another name`,
      sentence: false
    };
  }
  if (hasModule || name === "") return void 0;
  const guess = closest(name, BUILTINS);
  return {
    segments: ["workloads", name],
    message: `unknown workload "${name}" (built in: ${BUILTINS.join(", ")}); your own workload needs "module" (with "export" for JS/TS or "function" for Python, and "levels")${didYouMean(guess)}`,
    sentence: false
  };
}
function describeError(e, segments, shape) {
  const at = (message) => ({ segments, message, sentence: false });
  const parent = e.parentSchema ?? {};
  const params = e.params;
  const got = `got ${show(e.data)}`;
  switch (e.keyword) {
    case "additionalProperties":
      return unknownKey(String(params.additionalProperty), segments, parent, shape);
    case "required": {
      const key = String(params.missingProperty);
      return at(`missing "${key}"${MISSING_HINT[key] ?? ""}`);
    }
    case "minProperties":
      return at(`must have at least one ${nounForMap(parent, segments)}, ${got}`);
    case "minItems":
      return at(`must list at least one ${nounForList(segments)}${listChoices(parent)}, ${got}`);
    case "uniqueItems": {
      const dup = Array.isArray(e.data) ? e.data[Number(params.j)] : void 0;
      return at(`lists ${show(dup)} more than once`);
    }
    case "type":
      if (segments.length === 0 && (shape === "full" || shape === "study")) {
        return at(`must be a JSON object, ${got}`);
      }
      return at(`must be ${describe(parent, e.keyword)}, ${got}`);
    case "const":
    case "enum":
    case "anyOf":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minLength":
    case "pattern":
    case "format":
      return at(`must be ${describe(parent, e.keyword)}, ${got}`);
    default:
      return at(`${e.message ?? "is not valid"}, ${got}`);
  }
}
var MISSING_HINT = {
  module: " (path of your module, relative to this config file)",
  export: " (name of the exported function to call)",
  function: " (name of the Python function to call)",
  levels: " (level name \u2192 argument passed to the function)"
};
function unknownKey(key, segments, parent, shape) {
  const allowed = Object.keys(parent.properties ?? {});
  const path = formatPath(segments);
  const where = path === "" ? "at top level" : `at ${path}`;
  let message;
  if (segments.length === 0 && shape === "study") {
    const guess = closest(key, [...FULL_SHAPE_KEYS, ...allowed]);
    const fullKeys = FULL_SHAPE_KEYS.filter((k) => k !== "$schema");
    message = `unknown key "${key}" ${where}: a file with none of the full shape's keys (${fullKeys.join(", ")}) is read as the study's plain shape, which takes only the built-in workloads ${allowed.join(", ")}${didYouMean(guess)}`;
  } else {
    const guess = closest(key, allowed);
    message = `unknown key "${key}" ${where} (allowed: ${allowed.join(", ")})${didYouMean(guess)}`;
    if (segments.length === 0 && shape === "full" && BUILTINS.includes(key)) {
      message += `; in the full shape, workloads go under "workloads"`;
    } else if (key === "export" && allowed.includes("function")) {
      message += '; a Python module names its function with "function"';
    } else if (key === "function" && allowed.includes("export")) {
      message += '; a JS/TS module names its function with "export"';
    }
  }
  return { segments: [...segments, key], message, sentence: true };
}
function describe(schema, violated) {
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(", ")}`;
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((s) => describe(s)).join(" or ");
  const type = schema.type;
  if (Array.isArray(type)) {
    const all = ["string", "number", "boolean", "object", "array"];
    return all.every((t) => type.includes(t)) ? "any JSON value except null" : type.join(" or ");
  }
  switch (type) {
    case "null":
      return "null";
    case "integer":
      return describeInteger(schema, violated);
    case "number":
      return describeNumber(schema);
    case "string": {
      const wording = typeof schema.pattern === "string" ? PATTERN_WORDING[schema.pattern] : void 0;
      if (wording) return wording;
      return Number(schema.minLength) > 0 ? "a non-empty string" : "a string";
    }
    case "array":
      return describeArray(schema);
    case "object":
      return describeObject(schema);
    case "boolean":
      return "true or false";
    default:
      return "a valid value";
  }
}
function describeInteger(schema, violated) {
  const lo = schema.minimum;
  const hi = schema.maximum;
  if (lo === 1 && hi !== void 0 && hi >= 1e5) return violated === "maximum" ? `at most ${hi}` : "a positive integer";
  if (lo !== void 0 && hi !== void 0) return `an integer from ${lo} to ${hi}`;
  if (lo === 1) return "a positive integer";
  if (lo !== void 0) return `an integer of at least ${lo}`;
  return "an integer";
}
function describeNumber(schema) {
  const parts = [];
  if (schema.exclusiveMinimum !== void 0) parts.push(`greater than ${schema.exclusiveMinimum}`);
  if (schema.minimum !== void 0 && schema.maximum !== void 0) return `a number from ${schema.minimum} to ${schema.maximum}`;
  if (schema.minimum !== void 0) parts.push(`at least ${schema.minimum}`);
  if (schema.maximum !== void 0) parts.push(`at most ${schema.maximum}`);
  return parts.length === 0 ? "a number" : `a number ${parts.join(" and ")}`;
}
function describeArray(schema) {
  const items = schema.items ?? {};
  if (Array.isArray(items.enum)) return `a list of ${schema.uniqueItems ? "distinct " : ""}values from: ${items.enum.join(", ")}`;
  const nonEmpty = Number(schema.minItems) > 0 ? "non-empty " : "";
  if (items.type === "string") return `a ${nonEmpty}list of ${Number(items.minLength) > 0 ? "non-empty " : ""}strings`;
  return `a ${nonEmpty}list`;
}
function describeObject(schema) {
  const extra = schema.additionalProperties;
  const props = schema.properties ?? {};
  if (isPlainObject(extra) && extra.type === "integer") return "an object of level name \u2192 positive integer";
  if (isPlainObject(extra) && Array.isArray(extra.type)) return "an object of level name \u2192 argument";
  if ("cpu" in props && isPlainObject(extra)) return "an object of workload name \u2192 levels";
  if (Array.isArray(schema.required) && schema.required.includes("module")) {
    return 'an object with "module", "export" or "function", and "levels"';
  }
  const keys = Object.keys(props);
  return keys.length > 0 ? `an object with ${keys.join(", ")}` : "an object";
}
function nounForMap(schema, segments) {
  const last = segments[segments.length - 1];
  if (segments.length === 0 || last === "workloads") return "workload";
  if ("cpu" in (schema.properties ?? {})) return "workload";
  return isPlainObject(schema.additionalProperties) ? "level" : "key";
}
function nounForList(segments) {
  const last = segments[segments.length - 1];
  if (last === "strategies") return "strategy";
  if (last === "python") return "interpreter";
  return "item";
}
function listChoices(schema) {
  const items = schema.items ?? {};
  return Array.isArray(items.enum) ? ` (${items.enum.join(", ")})` : "";
}
function didYouMean(guess) {
  return guess === void 0 ? "" : `; did you mean "${guess}"?`;
}
function show(value) {
  if (value === void 0) return "nothing";
  const json = JSON.stringify(value);
  if (json.length <= 40) return json;
  if (Array.isArray(value)) return `a list of ${value.length} items`;
  if (isPlainObject(value)) return "an object";
  return `${json.slice(0, 37)}\u2026`;
}
function closest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= 2 && bestDistance * 2 < Math.max(word.length, 2) ? best : void 0;
}
function editDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/config/json.ts
var ERROR_WORDS = {
  InvalidSymbol: "unexpected character",
  InvalidNumberFormat: "invalid number",
  PropertyNameExpected: "expected a key in double quotes",
  ValueExpected: "expected a value",
  ColonExpected: "expected ':'",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: "unexpected text after the JSON value",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "unterminated string",
  UnexpectedEndOfNumber: "unterminated number",
  InvalidUnicode: "invalid \\u escape",
  InvalidEscapeCharacter: "invalid escape character",
  InvalidCharacter: "control character inside a string"
};
function lineColumn(text, offset) {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}
function describeError2(text, error) {
  const code = printParseErrorCode(error.error);
  let words = ERROR_WORDS[code] ?? code;
  if (text.slice(0, error.offset).trimEnd().endsWith(",") && /Expected$/.test(code)) words = "trailing comma";
  else if (text[error.offset] === "'") words = "strings and keys need double quotes";
  return `${words} at ${lineColumn(text, error.offset)}`;
}
function parseJson(source) {
  const text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  if (text.trim() === "") return { ok: false, reason: "empty file" };
  const errors = [];
  const tree = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree) return { ok: false, reason: `not valid JSON (${errors.length ? describeError2(text, errors[0]) : "no value"})` };
  const order = /* @__PURE__ */ new WeakMap();
  const build = (node) => {
    if (node.type === "array") return (node.children ?? []).map(build);
    if (node.type !== "object") return node.value;
    const obj = {};
    const keys = [];
    for (const property of node.children ?? []) {
      const [keyNode, valueNode] = property.children;
      const key = keyNode.value;
      if (!Object.prototype.hasOwnProperty.call(obj, key)) keys.push(key);
      Object.defineProperty(obj, key, { value: valueNode ? build(valueNode) : void 0, enumerable: true, writable: true, configurable: true });
    }
    order.set(obj, keys);
    return obj;
  };
  return { ok: true, value: build(tree), keyOrder: (obj) => order.get(obj) ?? Object.keys(obj) };
}

// src/config/shapes.ts
import { extname, resolve } from "node:path";
function detectShape(data) {
  if (!isPlainObject(data)) return "study";
  return Object.keys(data).some((key) => {
    if (key !== "network") return FULL_SHAPE_KEYS.includes(key);
    const value = data[key];
    return isPlainObject(value) && ("url" in value || "latency_ms" in value);
  }) ? "full" : "study";
}
function toResolvedConfig(data, shape, opts) {
  const defaults = defaultSettings();
  if (shape === "study") {
    return { ...defaults, workloads: toWorkloads(data, opts), source: opts.source };
  }
  const full2 = data;
  const python2 = full2.python === void 0 ? defaults.python : typeof full2.python === "string" ? [full2.python] : [...full2.python];
  const workloads = full2.workloads === void 0 ? toWorkloads(STUDY_CONFIG, { ...opts, keyOrder: Object.keys }) : toWorkloads(full2.workloads, opts);
  return {
    workers: full2.workers ?? defaults.workers,
    tasks: full2.tasks ?? defaults.tasks,
    repetitions: full2.repetitions ?? defaults.repetitions,
    strategies: full2.strategies ? [...full2.strategies] : defaults.strategies,
    python: python2,
    timeout_s: full2.timeout_s ?? defaults.timeout_s,
    network: {
      url: full2.network?.url ?? defaults.network.url,
      latency_ms: full2.network?.latency_ms ?? defaults.network.latency_ms
    },
    workloads,
    source: opts.source
  };
}
function toWorkloads(workloads, opts) {
  return opts.keyOrder(workloads).map((name) => {
    const spec = workloads[name];
    if (BUILTIN_WORKLOADS.includes(name)) {
      return { name, language: "any", levels: toLevels(spec, opts.keyOrder) };
    }
    const module = spec.module;
    const entry = spec.export ?? spec.function;
    return {
      name,
      language: extname(module) === ".py" ? "python" : "node",
      module: resolve(opts.baseDir, module),
      entry,
      levels: toLevels(spec.levels, opts.keyOrder)
    };
  });
}
function toLevels(levels, keyOrder) {
  return keyOrder(levels).map((name) => ({ name, arg: levels[name] }));
}

// src/config/validators.generated.js
var validators_generated_exports = {};
__export(validators_generated_exports, {
  full: () => full,
  python: () => python,
  repetitions: () => repetitions,
  study: () => study,
  tasks: () => tasks,
  workers: () => workers
});
var import_equal = __toESM(require_equal(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var full = validate23;
var schema12 = { "type": "object", "description": "The full shape. Every field is optional; omitted fields take the defaults shown on each field. Any other key is an error.", "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, so editors can complete and check the file. Ignored by the tool." }, "workers": { "$ref": "#/definitions/workers" }, "tasks": { "$ref": "#/definitions/tasks" }, "repetitions": { "$ref": "#/definitions/repetitions" }, "strategies": { "$ref": "#/definitions/strategies" }, "python": { "$ref": "#/definitions/python" }, "timeout_s": { "$ref": "#/definitions/timeout_s" }, "network": { "$ref": "#/definitions/network" }, "workloads": { "$ref": "#/definitions/workloads" } }, "additionalProperties": false };
var schema13 = { "description": `Size of each pool. "auto" (default) = the machine's available parallelism. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`, "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 256 }] };
var schema14 = { "description": 'Tasks submitted per run. "auto" (default) = workers. Capped at 10000 so a mistyped value cannot queue a day of work.', "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 1e4 }] };
var schema15 = { "description": "Fresh-process repetitions per cell; metrics are the median. Default 3. Capped at 100: beyond that the median stops moving and the run only gets longer.", "default": 3, "type": "integer", "minimum": 1, "maximum": 100 };
var schema16 = { "description": "Concurrency models to measure, each at most once. Default: all six.", "default": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"], "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"] } };
var schema17 = { "description": 'Python interpreters to run the Python strategies with (command names or paths, e.g. "python3.14", "python3.14t"). A single string is one interpreter; each may appear once. Default ["python3"].', "default": ["python3"], "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }] };
var schema18 = { "description": "Seconds one repetition of a cell may take before it is stopped and the cell marked failed. Default 600. More than 0, at most 86400 (one day).", "default": 600, "type": "number", "exclusiveMinimum": 0, "maximum": 86400 };
var schema19 = { "description": "Target of the built-in network workload. By default the tool serves a ~1.2 KiB page on 127.0.0.1 after latency_ms; url sends the requests elsewhere.", "type": "object", "properties": { "url": { "description": "http:// or https:// URL to GET instead of the local server; null (default) = the local server.", "default": null, "anyOf": [{ "type": "null" }, { "type": "string", "format": "uri", "pattern": "^https?://" }] }, "latency_ms": { "description": "Delay of the local server before it answers, in milliseconds. Default 50 (a WAN round trip). 0 to 60000.", "default": 50, "type": "number", "minimum": 0, "maximum": 6e4 } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func0 = import_equal.default.default;
var func4 = import_ucs2length.default.default;
var formats0 = { uri: { type: "string", validate: (s) => URL.canParse(s) } }.uri;
var pattern0 = new RegExp("^https?://", "u");
var schema20 = { "description": `Workload name \u2192 levels. cpu, memory, io and network are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`, "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" } }, "additionalProperties": { "$ref": "#/definitions/user_workload" } };
var schema26 = { "description": "Level name \u2192 n: sum of i*i for i in 0..n. Positive integer, at most 1e10 (minutes per task on a fast core).", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 1e10 } };
var schema27 = { "description": "Level name \u2192 n: build an array of 0..n and sum it. Positive integer, at most 1e10.", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 1e10 } };
var schema28 = { "description": "Level name \u2192 MiB written to a temp file, read back and deleted. Positive integer, at most 100000 (about 98 GiB).", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 1e5 } };
var schema29 = { "description": "Level name \u2192 number of sequential HTTP GETs. Positive integer, at most 100000.", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 1e5 } };
var schema21 = { "description": "Your own workload. module is relative to this config file. JS/TS modules (.js, .mjs, .cjs, .ts, .mts) name the function with export; Python modules (.py) with function.", "type": "object", "required": ["module"], "properties": { "module": { "description": "Path of the module, relative to this config file.", "type": "string", "pattern": "\\.(js|mjs|cjs|ts|mts|py)$" } }, "if": { "required": ["module"], "properties": { "module": { "type": "string", "pattern": "\\.py$" } } }, "then": { "$ref": "#/definitions/python_workload" }, "else": { "$ref": "#/definitions/node_workload" } };
var pattern1 = new RegExp("\\.py$", "u");
var pattern2 = new RegExp("\\.(js|mjs|cjs|ts|mts|py)$", "u");
var schema22 = { "type": "object", "required": ["module", "function", "levels"], "properties": { "module": { "description": "Path of the .py module, relative to this config file.", "type": "string" }, "function": { "description": "Name of the module-level function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
var schema23 = { "description": "Level name \u2192 the argument passed to your function (any JSON value except null).", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": ["string", "number", "boolean", "object", "array"] } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.function === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema22.required, parentSchema: schema22, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "function" || key0 === "levels")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.module !== void 0) {
      let data0 = data.module;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.module.type, parentSchema: schema22.properties.module, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.function !== void 0) {
      let data1 = data.function;
      if (typeof data1 === "string") {
        if (func4(data1) < 1) {
          const err5 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.properties.function, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema22.properties.function.type, parentSchema: schema22.properties.function, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data2 = data.levels;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func4(key1) < 1) {
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema23.propertyNames, parentSchema: schema23, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if ((!data3 || typeof data3 != "object") && typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "boolean") {
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema23.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema23.additionalProperties.type, parentSchema: schema23.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": "object", "required": ["module", "export", "levels"], "properties": { "module": { "description": "Path of the .js/.mjs/.cjs/.ts/.mts module, relative to this config file.", "type": "string" }, "export": { "description": "Name of the exported function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.export === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "export" }, message: "must have required property 'export'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema24.required, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "export" || key0 === "levels")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema24, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.module !== void 0) {
      let data0 = data.module;
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.module.type, parentSchema: schema24.properties.module, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.export !== void 0) {
      let data1 = data.export;
      if (typeof data1 === "string") {
        if (func4(data1) < 1) {
          const err5 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.export, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.export.type, parentSchema: schema24.properties.export, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.levels !== void 0) {
      let data2 = data.levels;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema23, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        for (const key1 in data2) {
          const _errs9 = errors;
          if (typeof key1 === "string") {
            if (func4(key1) < 1) {
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema23.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
          var valid2 = _errs9 === errors;
          if (!valid2) {
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema23.propertyNames, parentSchema: schema23, data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        for (const key2 in data2) {
          let data3 = data2[key2];
          if ((!data3 || typeof data3 != "object") && typeof data3 !== "string" && !(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "boolean") {
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema23.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema23.additionalProperties.type, parentSchema: schema23.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate16.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = true;
  const _errs2 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.module === void 0 && (missing0 = "module")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.module !== void 0) {
        let data0 = data.module;
        const _errs3 = errors;
        if (errors === _errs3) {
          if (typeof data0 === "string") {
            if (!pattern1.test(data0)) {
              const err1 = {};
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = {};
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      }
    }
  }
  var _valid0 = _errs2 === errors;
  errors = _errs1;
  if (vErrors !== null) {
    if (_errs1) {
      vErrors.length = _errs1;
    } else {
      vErrors = null;
    }
  }
  let ifClause0;
  if (_valid0) {
    const _errs5 = errors;
    if (!validate14(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate16(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema21.if, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema21.required, parentSchema: schema21, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.module !== void 0) {
      let data1 = data.module;
      if (typeof data1 === "string") {
        if (!pattern2.test(data1)) {
          const err5 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/pattern", keyword: "pattern", params: { pattern: "\\.(js|mjs|cjs|ts|mts|py)$" }, message: 'must match pattern "\\.(js|mjs|cjs|ts|mts|py)$"', schema: "\\.(js|mjs|cjs|ts|mts|py)$", parentSchema: schema21.properties.module, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.module.type, parentSchema: schema21.properties.module, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema20, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func4(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema20.propertyNames, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema20.propertyNames, parentSchema: schema20, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "cpu" || key1 === "memory" || key1 === "io" || key1 === "network")) {
        if (!validate13(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
          errors = vErrors.length;
        }
      }
    }
    if (data.cpu !== void 0) {
      let data1 = data.cpu;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        if (Object.keys(data1).length < 1) {
          const err3 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema26, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data1) {
          const _errs7 = errors;
          if (typeof key2 === "string") {
            if (func4(key2) < 1) {
              const err4 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid4 = _errs7 === errors;
          if (!valid4) {
            const err5 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema26.propertyNames, parentSchema: schema26, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key3 in data1) {
          let data2 = data1[key3];
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err6 = { instancePath: instancePath + "/cpu/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.additionalProperties.type, parentSchema: schema26.additionalProperties, data: data2 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 > 1e10 || isNaN(data2)) {
              const err7 = { instancePath: instancePath + "/cpu/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema26.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data2 < 1 || isNaN(data2)) {
              const err8 = { instancePath: instancePath + "/cpu/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.additionalProperties, data: data2 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data3 = data.memory;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        if (Object.keys(data3).length < 1) {
          const err10 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27, data: data3 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key4 in data3) {
          const _errs14 = errors;
          if (typeof key4 === "string") {
            if (func4(key4) < 1) {
              const err11 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid7 = _errs14 === errors;
          if (!valid7) {
            const err12 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema27.propertyNames, parentSchema: schema27, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key5 in data3) {
          let data4 = data3[key5];
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err13 = { instancePath: instancePath + "/memory/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.additionalProperties.type, parentSchema: schema27.additionalProperties, data: data4 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 > 1e10 || isNaN(data4)) {
              const err14 = { instancePath: instancePath + "/memory/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema27.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data4 < 1 || isNaN(data4)) {
              const err15 = { instancePath: instancePath + "/memory/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.additionalProperties, data: data4 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.io !== void 0) {
      let data5 = data.io;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (Object.keys(data5).length < 1) {
          const err17 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data: data5 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        for (const key6 in data5) {
          const _errs21 = errors;
          if (typeof key6 === "string") {
            if (func4(key6) < 1) {
              const err18 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.propertyNames, data: key6, propertyName: key6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          }
          var valid10 = _errs21 === errors;
          if (!valid10) {
            const err19 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/propertyNames", keyword: "propertyNames", params: { propertyName: key6 }, message: "property name must be valid", schema: schema28.propertyNames, parentSchema: schema28, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        for (const key7 in data5) {
          let data6 = data5[key7];
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err20 = { instancePath: instancePath + "/io/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.additionalProperties.type, parentSchema: schema28.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 1e5 || isNaN(data6)) {
              const err21 = { instancePath: instancePath + "/io/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema28.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err22 = { instancePath: instancePath + "/io/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data5 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data7 = data.network;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length < 1) {
          const err24 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema29, data: data7 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key8 in data7) {
          const _errs28 = errors;
          if (typeof key8 === "string") {
            if (func4(key8) < 1) {
              const err25 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.propertyNames, data: key8, propertyName: key8 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          var valid13 = _errs28 === errors;
          if (!valid13) {
            const err26 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/propertyNames", keyword: "propertyNames", params: { propertyName: key8 }, message: "property name must be valid", schema: schema29.propertyNames, parentSchema: schema29, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        for (const key9 in data7) {
          let data8 = data7[key9];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err27 = { instancePath: instancePath + "/network/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.additionalProperties.type, parentSchema: schema29.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 1e5 || isNaN(data8)) {
              const err28 = { instancePath: instancePath + "/network/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema29.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err29 = { instancePath: instancePath + "/network/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
          }
        }
      } else {
        const err30 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data7 };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
  } else {
    const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema20.type, parentSchema: schema20, data };
    if (vErrors === null) {
      vErrors = [err31];
    } else {
      vErrors.push(err31);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema12.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.$schema.type, parentSchema: schema12.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.workers !== void 0) {
      let data1 = data.workers;
      const _errs6 = errors;
      let valid2 = false;
      const _errs7 = errors;
      if ("auto" !== data1) {
        const err2 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema13.anyOf[0], data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs7 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs8 = errors;
        if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
          const err3 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.anyOf[1].type, parentSchema: schema13.anyOf[1], data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        if (typeof data1 == "number" && isFinite(data1)) {
          if (data1 > 256 || isNaN(data1)) {
            const err4 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema13.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          if (data1 < 1 || isNaN(data1)) {
            const err5 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.anyOf[1], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        var _valid0 = _errs8 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err6 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      } else {
        errors = _errs6;
        if (vErrors !== null) {
          if (_errs6) {
            vErrors.length = _errs6;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.tasks !== void 0) {
      let data2 = data.tasks;
      const _errs12 = errors;
      let valid4 = false;
      const _errs13 = errors;
      if ("auto" !== data2) {
        const err7 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema14.anyOf[0], data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      var _valid1 = _errs13 === errors;
      valid4 = valid4 || _valid1;
      if (!valid4) {
        const _errs14 = errors;
        if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
          const err8 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.anyOf[1].type, parentSchema: schema14.anyOf[1], data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (typeof data2 == "number" && isFinite(data2)) {
          if (data2 > 1e4 || isNaN(data2)) {
            const err9 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema14.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
          if (data2 < 1 || isNaN(data2)) {
            const err10 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.anyOf[1], data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        var _valid1 = _errs14 === errors;
        valid4 = valid4 || _valid1;
      }
      if (!valid4) {
        const err11 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.anyOf, parentSchema: schema14, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      } else {
        errors = _errs12;
        if (vErrors !== null) {
          if (_errs12) {
            vErrors.length = _errs12;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.repetitions !== void 0) {
      let data3 = data.repetitions;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err12 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 100 || isNaN(data3)) {
          const err13 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err14 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data: data3 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
      }
    }
    if (data.strategies !== void 0) {
      let data4 = data.strategies;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err15 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (!(data5 === "event-loop" || data5 === "worker-threads" || data5 === "child-processes" || data5 === "thread-pool" || data5 === "process-pool" || data5 === "interpreter-pool")) {
            const err16 = { instancePath: instancePath + "/strategies/" + i0, schemaPath: "#/definitions/strategies/items/enum", keyword: "enum", params: { allowedValues: schema16.items.enum }, message: "must be equal to one of the allowed values", schema: schema16.items.enum, parentSchema: schema16.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
        let i1 = data4.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data4[i1], data4[j0])) {
                const err17 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema16, data: data4 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.python !== void 0) {
      let data6 = data.python;
      const _errs25 = errors;
      let valid11 = false;
      const _errs26 = errors;
      if (typeof data6 === "string") {
        if (func4(data6) < 1) {
          const err19 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[0], data: data6 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[0].type, parentSchema: schema17.anyOf[0], data: data6 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      var _valid2 = _errs26 === errors;
      valid11 = valid11 || _valid2;
      if (!valid11) {
        const _errs28 = errors;
        if (Array.isArray(data6)) {
          if (data6.length < 1) {
            const err21 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.anyOf[1], data: data6 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          const len1 = data6.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data7 = data6[i2];
            if (typeof data7 === "string") {
              if (func4(data7) < 1) {
                const err22 = { instancePath: instancePath + "/python/" + i2, schemaPath: "#/definitions/python/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[1].items, data: data7 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
            } else {
              const err23 = { instancePath: instancePath + "/python/" + i2, schemaPath: "#/definitions/python/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[1].items.type, parentSchema: schema17.anyOf[1].items, data: data7 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
          let i3 = data6.length;
          let j1;
          if (i3 > 1) {
            const indices0 = {};
            for (; i3--; ) {
              let item0 = data6[i3];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j1 = indices0[item0];
                const err24 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema17.anyOf[1], data: data6 };
                if (vErrors === null) {
                  vErrors = [err24];
                } else {
                  vErrors.push(err24);
                }
                errors++;
                break;
              }
              indices0[item0] = i3;
            }
          }
        } else {
          const err25 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[1].type, parentSchema: schema17.anyOf[1], data: data6 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
        var _valid2 = _errs28 === errors;
        valid11 = valid11 || _valid2;
      }
      if (!valid11) {
        const err26 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf, parentSchema: schema17, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      } else {
        errors = _errs25;
        if (vErrors !== null) {
          if (_errs25) {
            vErrors.length = _errs25;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.timeout_s !== void 0) {
      let data8 = data.timeout_s;
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 > 86400 || isNaN(data8)) {
          const err27 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema18, data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data8 <= 0 || isNaN(data8)) {
          const err28 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema18, data: data8 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema18.type, parentSchema: schema18, data: data8 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data9 = data.network;
      if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
        for (const key1 in data9) {
          if (!(key1 === "url" || key1 === "latency_ms")) {
            const err30 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data: data9 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data9.url !== void 0) {
          let data10 = data9.url;
          const _errs40 = errors;
          let valid18 = false;
          const _errs41 = errors;
          if (data10 !== null) {
            const err31 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema19.properties.url.anyOf[0].type, parentSchema: schema19.properties.url.anyOf[0], data: data10 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          var _valid3 = _errs41 === errors;
          valid18 = valid18 || _valid3;
          if (!valid18) {
            const _errs43 = errors;
            if (typeof data10 === "string") {
              if (!pattern0.test(data10)) {
                const err32 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema19.properties.url.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
              }
              if (!formats0.validate(data10)) {
                const err33 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema19.properties.url.anyOf[1], data: data10 };
                if (vErrors === null) {
                  vErrors = [err33];
                } else {
                  vErrors.push(err33);
                }
                errors++;
              }
            } else {
              const err34 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.url.anyOf[1].type, parentSchema: schema19.properties.url.anyOf[1], data: data10 };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            var _valid3 = _errs43 === errors;
            valid18 = valid18 || _valid3;
          }
          if (!valid18) {
            const err35 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.properties.url.anyOf, parentSchema: schema19.properties.url, data: data10 };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          } else {
            errors = _errs40;
            if (vErrors !== null) {
              if (_errs40) {
                vErrors.length = _errs40;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data9.latency_ms !== void 0) {
          let data11 = data9.latency_ms;
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 > 6e4 || isNaN(data11)) {
              const err36 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e4 }, message: "must be <= 60000", schema: 6e4, parentSchema: schema19.properties.latency_ms, data: data11 };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data11 < 0 || isNaN(data11)) {
              const err37 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema19.properties.latency_ms, data: data11 };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
          } else {
            const err38 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema19.properties.latency_ms.type, parentSchema: schema19.properties.latency_ms, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
      } else {
        const err39 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data: data9 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data.workloads !== void 0) {
      if (!validate12(data.workloads, { instancePath: instancePath + "/workloads", parentData: data, parentDataProperty: "workloads", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err40 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err40];
    } else {
      vErrors.push(err40);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var study = validate25;
var schema30 = { "type": "object", "description": "The study's plain shape: built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.", "minProperties": 1, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" } }, "additionalProperties": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema30, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cpu" || key0 === "memory" || key0 === "io" || key0 === "network")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema30, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      let data0 = data.cpu;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (Object.keys(data0).length < 1) {
          const err2 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema26, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          const _errs5 = errors;
          if (typeof key1 === "string") {
            if (func4(key1) < 1) {
              const err3 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.propertyNames, data: key1, propertyName: key1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          }
          var valid2 = _errs5 === errors;
          if (!valid2) {
            const err4 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema26.propertyNames, parentSchema: schema26, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data0) {
          let data1 = data0[key2];
          if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)) && isFinite(data1))) {
            const err5 = { instancePath: instancePath + "/cpu/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.additionalProperties.type, parentSchema: schema26.additionalProperties, data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 > 1e10 || isNaN(data1)) {
              const err6 = { instancePath: instancePath + "/cpu/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema26.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1 < 1 || isNaN(data1)) {
              const err7 = { instancePath: instancePath + "/cpu/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_cpu/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.additionalProperties, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/cpu", schemaPath: "#/definitions/levels_cpu/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.memory !== void 0) {
      let data2 = data.memory;
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
        if (Object.keys(data2).length < 1) {
          const err9 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema27, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        for (const key3 in data2) {
          const _errs12 = errors;
          if (typeof key3 === "string") {
            if (func4(key3) < 1) {
              const err10 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.propertyNames, data: key3, propertyName: key3 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
          var valid5 = _errs12 === errors;
          if (!valid5) {
            const err11 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/propertyNames", keyword: "propertyNames", params: { propertyName: key3 }, message: "property name must be valid", schema: schema27.propertyNames, parentSchema: schema27, data: data2 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        for (const key4 in data2) {
          let data3 = data2[key4];
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err12 = { instancePath: instancePath + "/memory/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema27.additionalProperties.type, parentSchema: schema27.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 > 1e10 || isNaN(data3)) {
              const err13 = { instancePath: instancePath + "/memory/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema27.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
            if (data3 < 1 || isNaN(data3)) {
              const err14 = { instancePath: instancePath + "/memory/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_memory/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema27.additionalProperties, data: data3 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/memory", schemaPath: "#/definitions/levels_memory/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data2 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.io !== void 0) {
      let data4 = data.io;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (Object.keys(data4).length < 1) {
          const err16 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data: data4 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        for (const key5 in data4) {
          const _errs19 = errors;
          if (typeof key5 === "string") {
            if (func4(key5) < 1) {
              const err17 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.propertyNames, data: key5, propertyName: key5 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
          var valid8 = _errs19 === errors;
          if (!valid8) {
            const err18 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/propertyNames", keyword: "propertyNames", params: { propertyName: key5 }, message: "property name must be valid", schema: schema28.propertyNames, parentSchema: schema28, data: data4 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
        for (const key6 in data4) {
          let data5 = data4[key6];
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err19 = { instancePath: instancePath + "/io/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.additionalProperties.type, parentSchema: schema28.additionalProperties, data: data5 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 > 1e5 || isNaN(data5)) {
              const err20 = { instancePath: instancePath + "/io/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema28.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
            if (data5 < 1 || isNaN(data5)) {
              const err21 = { instancePath: instancePath + "/io/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_io/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.additionalProperties, data: data5 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/io", schemaPath: "#/definitions/levels_io/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data4 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data6 = data.network;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        if (Object.keys(data6).length < 1) {
          const err23 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema29, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        for (const key7 in data6) {
          const _errs26 = errors;
          if (typeof key7 === "string") {
            if (func4(key7) < 1) {
              const err24 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.propertyNames, data: key7, propertyName: key7 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          }
          var valid11 = _errs26 === errors;
          if (!valid11) {
            const err25 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/propertyNames", keyword: "propertyNames", params: { propertyName: key7 }, message: "property name must be valid", schema: schema29.propertyNames, parentSchema: schema29, data: data6 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        for (const key8 in data6) {
          let data7 = data6[key8];
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err26 = { instancePath: instancePath + "/network/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema29.additionalProperties.type, parentSchema: schema29.additionalProperties, data: data7 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 > 1e5 || isNaN(data7)) {
              const err27 = { instancePath: instancePath + "/network/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema29.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data7 < 1 || isNaN(data7)) {
              const err28 = { instancePath: instancePath + "/network/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_network/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema29.additionalProperties, data: data7 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
      } else {
        const err29 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/levels_network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data: data6 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var workers = validate26;
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if ("auto" !== data) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema13.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.anyOf[1].type, parentSchema: schema13.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data == "number" && isFinite(data)) {
      if (data > 256 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema13.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data < 1 || isNaN(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var tasks = validate27;
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if ("auto" !== data) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema14.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.anyOf[1].type, parentSchema: schema14.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data == "number" && isFinite(data)) {
      if (data > 1e4 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema14.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data < 1 || isNaN(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.anyOf, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err4];
    } else {
      vErrors.push(err4);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var repetitions = validate28;
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (!(typeof data == "number" && (!(data % 1) && !isNaN(data)) && isFinite(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data == "number" && isFinite(data)) {
    if (data > 100 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data < 1 || isNaN(data)) {
      const err2 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var python = validate29;
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data === "string") {
    if (func4(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[0].type, parentSchema: schema17.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs3 = errors;
    if (Array.isArray(data)) {
      if (data.length < 1) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema17.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 === "string") {
          if (func4(data0) < 1) {
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[1].items, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[1].items.type, parentSchema: schema17.anyOf[1].items, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      let i1 = data.length;
      let j0;
      if (i1 > 1) {
        const indices0 = {};
        for (; i1--; ) {
          let item0 = data[i1];
          if (typeof item0 !== "string") {
            continue;
          }
          if (typeof indices0[item0] == "number") {
            j0 = indices0[item0];
            const err5 = { instancePath, schemaPath: "#/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema17.anyOf[1], data };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
            break;
          }
          indices0[item0] = i1;
        }
      }
    } else {
      const err6 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[1].type, parentSchema: schema17.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    var _valid0 = _errs3 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err7 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate29.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
function validateAgainst(definition, data) {
  const fn = validators_generated_exports[definition];
  return fn(data) ? [] : [...fn.errors ?? []];
}

// src/config/overrides.ts
function applyOverrides(config, overrides) {
  const strategyNames = toList(overrides.strategies);
  const workloadNames = toList(overrides.workloads);
  const levelNames = toList(overrides.levels);
  const python2 = toList(overrides.python);
  const strategies = strategyNames ? select("--strategies", "strategy", strategyNames, config.strategies, ALL_STRATEGIES) : [...config.strategies];
  let workloads = config.workloads.map(copyWorkload);
  if (workloadNames) {
    const kept = select("--workloads", "workload", workloadNames, workloads.map((w) => w.name), []);
    workloads = workloads.filter((w) => kept.includes(w.name));
  }
  if (levelNames) workloads = filterLevels(workloads, levelNames);
  if (strategyNames || workloadNames || levelNames) assertSomethingRuns(strategies, workloads);
  return {
    ...config,
    workers: overrides.workers === void 0 ? config.workers : checked("--workers", "workers", toNumber(overrides.workers)),
    tasks: overrides.tasks === void 0 ? config.tasks : checked("--tasks", "tasks", toNumber(overrides.tasks)),
    repetitions: overrides.repetitions === void 0 ? config.repetitions : checked("--repetitions", "repetitions", toNumber(overrides.repetitions)),
    python: python2 ? checked("--python", "python", python2) : [...config.python],
    strategies,
    network: { ...config.network },
    workloads
  };
}
function toList(value) {
  if (value === void 0) return void 0;
  const items = (typeof value === "string" ? value.split(",") : value).map((s) => String(s).trim()).filter((s) => s !== "");
  const unique = [...new Set(items)];
  return unique.length === 0 ? void 0 : unique;
}
function toNumber(value) {
  if (typeof value === "number") return value;
  const text = value.trim();
  return /^\d+$/.test(text) ? Number(text) : text;
}
function checked(flag, definition, value) {
  const errors = validateAgainst(definition, value);
  if (errors.length === 0) return value;
  const explained = explainAjvErrors(errors, value);
  const inner = formatPath(explained.segments);
  const where = inner === "" || inner.startsWith("[") ? `${flag}${inner}` : `${flag}.${inner}`;
  throw new ConfigError(where, explained.message);
}
function select(flag, noun, wanted, configured, known) {
  for (const name of wanted) {
    if (configured.includes(name)) continue;
    if (known.includes(name)) {
      throw new ConfigError(flag, `${noun} "${name}" is not in the config (it has: ${configured.join(", ")})`);
    }
    const guess = closest(name, configured.length > 0 ? configured : known);
    throw new ConfigError(flag, `unknown ${noun} "${name}" (the config has: ${configured.join(", ")})${didYouMean(guess)}`);
  }
  return configured.filter((name) => wanted.includes(name));
}
function filterLevels(workloads, wanted) {
  const existing = [...new Set(workloads.flatMap((w) => w.levels.map((l) => l.name)))];
  for (const name of wanted) {
    if (existing.includes(name)) continue;
    const guess = closest(name, existing);
    throw new ConfigError("--levels", `unknown level "${name}" (the selected workloads have: ${existing.join(", ")})${didYouMean(guess)}`);
  }
  return workloads.map((w) => ({ ...w, levels: w.levels.filter((l) => wanted.includes(l.name)) })).filter((w) => w.levels.length > 0);
}
function assertSomethingRuns(strategies, workloads) {
  const runsOn = (w, s) => w.language === "any" || w.language === "node" === NODE_STRATEGIES.includes(s);
  if (workloads.some((w) => strategies.some((s) => runsOn(w, s)))) return;
  const described = workloads.map((w) => `${w.name} (${w.language === "python" ? "Python" : "JS/TS"})`).join(", ");
  throw new ConfigError(
    "--strategies/--workloads",
    `nothing left to run: workloads ${described} cannot run on strategies ${strategies.join(", ")}`
  );
}
function copyWorkload(w) {
  return { ...w, levels: w.levels.map((l) => ({ ...l })) };
}

// src/config/load.ts
function loadConfig(path, opts = {}) {
  const cwd = resolve2(opts.cwd ?? process.cwd());
  if (path === void 0) {
    const local = resolve2(cwd, "config.json");
    if (existsSync(local)) return loadFile(local, "config.json");
    return fromData(STUDY_CONFIG, STUDY_SOURCE, cwd, Object.keys);
  }
  return loadFile(resolve2(cwd, path), path);
}
function loadFile(absPath, label) {
  const parsed = parseJson(readText(absPath, label));
  if (!parsed.ok) throw new ConfigError(label, parsed.reason);
  return fromData(parsed.value, label, dirname(absPath), parsed.keyOrder);
}
function readText(absPath, label) {
  try {
    return readFileSync(absPath, "utf8");
  } catch (err) {
    const code = err.code;
    const where = isAbsolute(label) ? "" : ` (${absPath})`;
    if (code === "ENOENT") throw new ConfigError(label, `file not found${where}`);
    if (code === "EISDIR") throw new ConfigError(label, `is a folder, not a file${where}`);
    if (code === "EACCES" || code === "EPERM") throw new ConfigError(label, `cannot read the file: permission denied${where}`);
    throw new ConfigError(label, `cannot read the file: ${code ?? err.message}${where}`);
  }
}
function fromData(data, label, baseDir, keyOrder) {
  const shape = detectShape(data);
  const errors = validateAgainst(shape, data);
  if (errors.length > 0) {
    const explained = explainAjvErrors(errors, data, shape);
    throw new ConfigError(label, detailOf(explained), formatPath(explained.segments));
  }
  const config = toResolvedConfig(data, shape, { source: label, baseDir, keyOrder });
  checkModulesExist(config, label);
  return config;
}
function checkModulesExist(config, label) {
  for (const workload of config.workloads) {
    if (workload.module === void 0) continue;
    const jsonPath = formatPath(["workloads", workload.name, "module"]);
    let stat;
    try {
      stat = statSync(workload.module, { throwIfNoEntry: false });
    } catch (err) {
      const code = err.code ?? err.message;
      throw new ConfigError(label, `${jsonPath}: cannot access ${workload.module} (${code})`, jsonPath);
    }
    if (stat === void 0) throw new ConfigError(label, `${jsonPath}: module not found: ${workload.module}`, jsonPath);
    if (!stat.isFile()) throw new ConfigError(label, `${jsonPath}: not a file: ${workload.module}`, jsonPath);
  }
}

// src/benchmark.ts
import { mkdirSync, mkdtempSync, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import os2 from "node:os";
import { join } from "node:path";

// package.json
var package_default = {
  name: "concurrency-bench",
  version: "0.1.0",
  description: "Measure how concurrency models scale on the machine you run on: Node's event loop, worker threads and child processes, Python's thread, process and interpreter pools.",
  license: "MIT",
  type: "module",
  private: true,
  bin: {
    "concurrency-bench": "dist/cli.js"
  },
  engines: {
    node: ">=24"
  },
  scripts: {
    build: "node scripts/gen-validators.mjs && node scripts/build.mjs",
    "check-dist": "node scripts/check-dist.mjs",
    typecheck: "tsc --noEmit",
    bench: "node dist/cli.js",
    "bench:dispatch": "npm run build && node bench/dispatch.ts",
    "test:node": 'node --test --test-concurrency=1 "test/**/*.test.ts"',
    "test:python": "python3 -m unittest discover -s test/python",
    test: "npm run check-dist && npm run typecheck && npm run test:node && npm run test:python"
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    ajv: "^8.20.0",
    "jsonc-parser": "^3.3.1",
    "markdown-table": "^3.1.0",
    pidusage: "^4.1.0",
    piscina: "^5.3.2"
  },
  devDependencies: {
    "@types/node": "^24.19.2",
    "@types/pidusage": "^2.0.5",
    esbuild: "^0.28.2",
    node: "^24.21.0",
    typescript: "^5.9.3"
  }
};

// src/measure/stats.ts
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
function describe2(samples) {
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const variance = samples.length > 1 ? samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (samples.length - 1) : 0;
  return {
    median: median(samples),
    min: Math.min(...samples),
    max: Math.max(...samples),
    cv: mean === 0 ? 0 : Math.sqrt(variance) / Math.abs(mean),
    samples
  };
}

// src/measure/metrics.ts
var NOISE_CV = 0.1;
var MIB = 1024 * 1024;
function repetitionMetrics(rep, serialWallTime, workers2, tasks2) {
  const speedup = serialWallTime / rep.wall_time;
  return {
    wall_time: rep.wall_time,
    cpu_time: rep.cpu_time,
    throughput: tasks2 / rep.wall_time,
    memory_mb: rep.peak_memory_bytes / MIB,
    gil_eff: rep.cpu_time / (rep.wall_time * workers2),
    speedup,
    efficiency: speedup / workers2
  };
}
function cellFigures(reps, serialWallTimes, workers2, tasks2) {
  const serialWallTime = median(serialWallTimes);
  const perRep = reps.map((rep) => repetitionMetrics(rep, serialWallTime, workers2, tasks2));
  const keys = Object.keys(perRep[0]);
  const stats = Object.fromEntries(keys.map((key) => [key, describe2(perRep.map((m) => m[key]))]));
  const serialStats = describe2(serialWallTimes);
  return {
    metrics: Object.fromEntries(keys.map((key) => [key, stats[key].median])),
    serial_wall_time: serialWallTime,
    stats: { ...stats, serial_wall_time: serialStats },
    noisy: stats.wall_time.cv > NOISE_CV || serialStats.cv > NOISE_CV,
    phases: {
      startup: median(reps.map((rep) => rep.phases.startup)),
      run: median(reps.map((rep) => rep.phases.run)),
      shutdown: median(reps.map((rep) => rep.phases.shutdown))
    }
  };
}

// src/measure/spawn-runner.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

// src/measure/tree-memory.ts
var import_pidusage = __toESM(require_pidusage(), 1);
var SAMPLE_INTERVAL_MS = 50;
function rssReader(rootPid) {
  if (!hasProcFs()) return () => (0, import_pidusage.default)(rootPid).then((stat) => stat.memory, () => 0);
  const tree = new ProcessTreeWatcher(rootPid);
  return async () => tree.members().reduce((sum, p) => sum + p.rssBytes, 0);
}
function sampleTreeMemory(rootPid) {
  const readRss = rssReader(rootPid);
  let peak = 0;
  let pending = Promise.resolve();
  const sample = () => {
    pending = pending.then(async () => {
      peak = Math.max(peak, await readRss());
    });
    return pending;
  };
  void sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);
  return {
    async stop() {
      clearInterval(timer);
      await sample();
      import_pidusage.default.clear();
      return peak;
    }
  };
}

// src/measure/spawn-runner.ts
var CANCELLED = "cancelled: the run was stopped before this finished";
var OUTPUT_TAIL_BYTES = 4096;
var STRAY_PIPE_GRACE_MS = 2e3;
function keepTail(stream) {
  let tail = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    tail = (tail + chunk).slice(-OUTPUT_TAIL_BYTES);
  });
  return () => tail;
}
function lastLine(text) {
  return text.trim().split("\n").pop()?.trim() ?? "";
}
function runRepetition(runner, job, timeoutMs, signal) {
  if (signal?.aborted) return Promise.resolve({ ok: false, error: CANCELLED, cancelled: true });
  const child = spawn(runner.command, [...runner.args, JSON.stringify(job)], {
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    env: runner.env,
    detached: true
  });
  const stderrTail = keepTail(child.stderr);
  keepTail(child.stdout);
  const killGroup = () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
    }
  };
  let sampler;
  let peakMemory = Promise.resolve(0);
  let result;
  let reportedError;
  const messages = createInterface({ input: child.stdio[MESSAGE_FD] });
  messages.on("line", (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (message.type === "span-start" && child.pid) sampler = sampleTreeMemory(child.pid);
    else if (message.type === "span-end" && sampler) peakMemory = sampler.stop();
    else if (message.type === "result") result = message;
    else if (message.type === "error") reportedError = message.message;
  });
  return new Promise((resolve3) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeoutMs);
    const onAbort = () => killGroup();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve3({ ok: false, error: `could not start ${runner.command}: ${error.message}` });
    });
    child.on("exit", () => {
      killGroup();
      setTimeout(() => child.stdio.forEach((stream) => stream?.destroy()), STRAY_PIPE_GRACE_MS).unref();
    });
    child.on("close", async (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (sampler && !result) await sampler.stop();
      if (signal?.aborted) {
        resolve3({ ok: false, error: CANCELLED, cancelled: true });
        return;
      }
      if (result && !timedOut) {
        const { wall_time, cpu_time, phases, info } = result;
        resolve3({ ok: true, repetition: { wall_time, cpu_time, phases, peak_memory_bytes: await peakMemory }, info });
        return;
      }
      const error = timedOut ? `timed out after ${timeoutMs / 1e3} s` : reportedError ?? (lastLine(stderrTail()) || `runner exited with ${exitSignal ?? `code ${code}`}`);
      resolve3({ ok: false, error });
    });
  });
}

// src/measure/run-plan.ts
function cellKey(cell) {
  const { runtime, strategy, workload, level, arg, workers: workers2, tasks: tasks2 } = cell;
  return { runtime, strategy, workload, level, arg, workers: workers2, tasks: tasks2 };
}
async function measure(runner, job, plan, signal) {
  const reps = [];
  let info;
  for (let i = 0; i < plan.repetitions; i++) {
    const outcome = await runRepetition(runner, job, plan.timeoutMs, signal);
    if (!outcome.ok) return outcome;
    reps.push(outcome.repetition);
    info = outcome.info ?? info;
  }
  return { ok: true, reps, info };
}
async function runPlan(plan, runnerFor, events, signal) {
  const baselines = /* @__PURE__ */ new Map();
  const baseline = (cell) => {
    if (!baselines.has(cell.baselineKey)) {
      const job = { mode: "serial", workload: cell.workloadRef, arg: cell.arg, workers: 1, tasks: cell.tasks };
      baselines.set(cell.baselineKey, measure(runnerFor(cell), job, plan, signal));
    }
    return baselines.get(cell.baselineKey);
  };
  const results = [];
  for (const [index, cell] of plan.cells.entries()) {
    events.cellStarted?.(cell, index, plan.cells.length);
    const result = await runCell(cell);
    results.push(result);
    await events.cellFinished(result, index, plan.cells.length);
  }
  return results;
  async function runCell(cell) {
    const key = cellKey(cell);
    if (cell.skip) return { ...key, status: "skipped", reason: cell.skip };
    if (signal?.aborted) return { ...key, status: "skipped", reason: CANCELLED };
    const serial = await baseline(cell);
    if (!serial.ok) return serial.cancelled ? { ...key, status: "skipped", reason: CANCELLED } : { ...key, status: "failed", error: serial.error };
    const job = {
      mode: "parallel",
      strategy: cell.strategy,
      workload: cell.workloadRef,
      arg: cell.arg,
      workers: cell.workers,
      tasks: cell.tasks
    };
    const parallel = await measure(runnerFor(cell), job, plan, signal);
    if (!parallel.ok) return parallel.cancelled ? { ...key, status: "skipped", reason: CANCELLED } : { ...key, status: "failed", error: parallel.error };
    const figures = cellFigures(parallel.reps, serial.reps.map((rep) => rep.wall_time), cell.workers, cell.tasks);
    return { ...key, status: "ok", ...figures, ...parallel.info ? { info: parallel.info } : {} };
  }
}

// src/network/server.ts
var PAGE = Buffer.from(
  `<!doctype html><html><head><title>concurrency-bench</title></head><body><p>${"Loopback page served by concurrency-bench for the network workload. ".repeat(17)}</p></body></html>
`
);
var MAX_CONNECTIONS = 1024;
async function startLoopbackServer(latencyMs) {
  const { createServer } = await import("node:http");
  const server = createServer((request, response) => {
    request.resume();
    const timer = setTimeout(() => {
      response.writeHead(200, { "content-type": "text/html", "content-length": PAGE.length, connection: "close" });
      response.end(PAGE);
    }, latencyMs);
    response.on("close", () => clearTimeout(timer));
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 1e4;
  server.requestTimeout = 3e4;
  await new Promise((resolve3, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve3);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve3) => {
      server.closeAllConnections();
      server.close(() => resolve3());
    })
  };
}

// src/plan/plan.ts
var strategyKind = (id) => NODE_STRATEGIES.includes(id) ? "node" : "python";
function makePlan(config, runtimes, cores) {
  const workers2 = config.workers === "auto" ? cores : config.workers;
  const tasks2 = config.tasks === "auto" ? workers2 : config.tasks;
  const cells = [];
  for (const runtime of runtimes) {
    const strategies = config.strategies.filter((id) => strategyKind(id) === runtime.kind);
    const workloads = config.workloads.filter((w) => w.language === "any" || w.language === runtime.kind);
    for (const workload of workloads) {
      for (const level of workload.levels) {
        for (const strategy of strategies) {
          const skip = runtime.unavailable ?? runtime.lacks?.[strategy];
          cells.push({
            runtime: runtime.label,
            kind: runtime.kind,
            strategy,
            workload: workload.name,
            level: level.name,
            arg: level.arg,
            workers: workers2,
            tasks: tasks2,
            workloadRef: { name: workload.name, module: workload.module, entry: workload.entry },
            baselineKey: JSON.stringify([runtime.label, workload.name, level.name]),
            ...skip ? { skip } : {}
          });
        }
      }
    }
  }
  return { cells, repetitions: config.repetitions, timeoutMs: config.timeout_s * 1e3 };
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table2, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table2.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table2[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table2[rowIndex].length;
    }
    while (++columnIndex2 < table2[rowIndex].length) {
      const cell = serialize(table2[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/report/escape.ts
function escapeMarkdown(text) {
  return text.replace(/\\/g, "\\\\").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "\\|").replace(/`/g, "\\`").replace(/[\r\n]+/g, " ");
}

// src/report/markdown.ts
var STRATEGY_NAMES = {
  "event-loop": "EventLoop",
  "worker-threads": "WorkerThreads",
  "child-processes": "ChildProcesses",
  "thread-pool": "ThreadPool",
  "process-pool": "ProcessPool",
  "interpreter-pool": "InterpreterPool"
};
var uniq = (values) => [...new Set(values)];
var rowName = (cell) => `${escapeMarkdown(cell.runtime)} \xB7 ${STRATEGY_NAMES[cell.strategy] ?? escapeMarkdown(cell.strategy)}`;
var freeThreadedNote = (results) => {
  const labels = results.system.pythons.filter((p) => p.free_threaded).map((p) => escapeMarkdown(p.label));
  return labels.length ? `Free-threaded (no GIL): ${labels.join(", ")}; its ThreadPool runs threads in parallel.` : "";
};
var columnName = (cell) => `${escapeMarkdown(cell.workload)} ${escapeMarkdown(cell.level)}`;
function cellText(cell, value) {
  if (!cell) return "";
  if (cell.status === "failed") return "failed";
  if (cell.status === "skipped") return "skipped";
  return cell.noisy ? `${value(cell)} ~` : value(cell);
}
function table(results, value) {
  const columns = uniq(results.cells.map(columnName));
  const rows = uniq(results.cells.map(rowName));
  const byPlace = new Map(results.cells.map((cell) => [`${rowName(cell)}\0${columnName(cell)}`, cell]));
  return markdownTable(
    [
      ["Strategy", ...columns],
      ...rows.map((row) => [row, ...columns.map((column) => cellText(byPlace.get(`${row}\0${column}`), value))])
    ],
    { align: ["l", ...columns.map(() => "r")] }
  );
}
function systemLine(results) {
  const { system } = results;
  const pythons = system.pythons.map((p) => `${escapeMarkdown(p.label)} ${escapeMarkdown(p.version)}${p.free_threaded ? " (free-threaded)" : ""}`);
  return [
    `${system.cores} cores`,
    escapeMarkdown(system.cpu_model),
    `${system.memory_gb} GB`,
    `${escapeMarkdown(system.os)} ${escapeMarkdown(system.arch)}`,
    `Node ${escapeMarkdown(system.node)}`,
    ...pythons
  ].join(" \xB7 ");
}
function renderMarkdown(results) {
  const ok = results.cells.filter((cell) => cell.status === "ok");
  const workers2 = uniq(results.cells.map((cell) => cell.workers));
  const ideal = workers2.length === 1 ? `ideal ${Math.min(workers2[0], results.system.cores)}\xD7 with ${workers2[0]} workers on ${results.system.cores} cores` : "ideal = workers, up to the core count";
  const lines = [
    "## concurrency-bench",
    "",
    systemLine(results),
    "",
    ...freeThreadedNote(results) ? [freeThreadedNote(results), ""] : [],
    `### Speedup (serial time \xF7 parallel time; ${ideal})`,
    "",
    table(results, (cell) => `${cell.metrics.speedup.toFixed(2)}\xD7`),
    "",
    "### Efficiency (speedup \xF7 workers; ideal 1.00)",
    "",
    table(results, (cell) => cell.metrics.efficiency.toFixed(2)),
    ""
  ];
  if (ok.some((cell) => cell.noisy)) lines.push("`~` noisy: the repetitions differ by more than 10% (coefficient of variation); rerun before trusting it.", "");
  const notRun = results.cells.filter((cell) => cell.status !== "ok");
  if (notRun.length > 0) {
    lines.push("### Not measured", "");
    const groups = /* @__PURE__ */ new Map();
    for (const cell of notRun) {
      const why = cell.status === "failed" ? `failed: ${cell.error}` : `skipped: ${cell.reason}`;
      const line = `${rowName(cell)}: ${escapeMarkdown(why)}`;
      groups.set(line, [...groups.get(line) ?? [], columnName(cell)]);
    }
    for (const [line, columns] of groups) lines.push(`- ${line} (${columns.join(", ")})`);
    lines.push("");
  }
  return lines.join("\n");
}

// src/report/progress.ts
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
function progressLine(cell, index, total, etaSeconds) {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const where = `${cell.runtime} ${cell.strategy} ${cell.workload}/${cell.level}`;
  let outcome;
  if (cell.status === "ok") {
    const m = cell.metrics;
    outcome = `speedup ${m.speedup.toFixed(2)}x  efficiency ${m.efficiency.toFixed(2)}  wall ${m.wall_time.toFixed(3)}s  cpu ${m.cpu_time.toFixed(3)}s  mem ${m.memory_mb.toFixed(0)}MB${cell.noisy ? "  (noisy)" : ""}`;
  } else if (cell.status === "failed") {
    outcome = `FAILED: ${cell.error}`;
  } else {
    outcome = `skipped: ${cell.reason}`;
  }
  const eta = etaSeconds !== void 0 && index + 1 < total ? `  ETA ${formatDuration(etaSeconds)}` : "";
  return `${counter} ${where.padEnd(40)} ${outcome}${eta}`;
}

// src/results/store.ts
import { renameSync, rmSync, writeFileSync } from "node:fs";
function writeFileAtomic(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
function writeResults(path, results) {
  writeFileAtomic(path, `${JSON.stringify(results, null, 2)}
`);
}

// src/results/system-info.ts
import { execFileSync } from "node:child_process";
import os from "node:os";
function gitFacts(env) {
  if (env.GITHUB_SHA) {
    const pullRequest = /^refs\/pull\/(\d+)\/merge$/.exec(env.GITHUB_REF ?? "")?.[1];
    return { sha: env.GITHUB_SHA, ref: env.GITHUB_REF, ...pullRequest ? { pull_request: Number(pullRequest) } : {} };
  }
  try {
    const sha = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return { sha };
  } catch {
    return void 0;
  }
}
function systemInfo(env, pythons) {
  return {
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
    cpu_model: os.cpus()[0]?.model?.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memory_gb: Math.round(os.totalmem() / 1024 ** 3 * 10) / 10,
    node: process.version,
    pythons,
    ...env.RUNNER_OS ? { runner: { os: env.RUNNER_OS, arch: env.RUNNER_ARCH, name: env.RUNNER_NAME } } : {},
    git: gitFacts(env)
  };
}

// src/runtimes.ts
import { basename } from "node:path";
var PROBE_TIMEOUT_MS = 3e4;
var NODE_RUNTIME = { label: "node", kind: "node" };
function nodeRunner(env) {
  return { command: process.execPath, args: [entryFile("runner.js")], env };
}
function pythonRunner(command, env) {
  return { command, args: [entryFile("harness.py")], env };
}
function discoverPythons(commands, env) {
  const names = commands.map((command) => basename(command));
  const label = (command, i) => names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : command;
  return Promise.all(commands.map((command, i) => discoverPython(command, label(command, i), env)));
}
async function discoverPython(command, label, env) {
  const job = { mode: "about", workload: { name: "" }, arg: null, workers: 1, tasks: 0 };
  const outcome = await runRepetition(pythonRunner(command, env), job, PROBE_TIMEOUT_MS);
  if (!outcome.ok) {
    const missing = /ENOENT|could not start/.test(outcome.error);
    return { label, kind: "python", command, unavailable: missing ? `${command} not found` : `${command} failed: ${outcome.error}` };
  }
  const about = outcome.info;
  return {
    label,
    kind: "python",
    command,
    info: { label, version: about.version, free_threaded: about.free_threaded },
    lacks: about.interpreter_pool ? {} : { "interpreter-pool": `InterpreterPool needs Python 3.14 or newer; ${label} is ${about.version}` }
  };
}

// src/workload-check.ts
var PROBE_TIMEOUT_MS2 = 6e4;
async function checkUserWorkloads(config, runnerFor) {
  for (const workload of config.workloads) {
    if (workload.language === "any") continue;
    const runner = runnerFor(workload.language);
    if (!runner) continue;
    const job = { mode: "probe", workload: { name: workload.name, module: workload.module, entry: workload.entry }, arg: null, workers: 1, tasks: 1 };
    const outcome = await runRepetition(runner, job, PROBE_TIMEOUT_MS2);
    if (!outcome.ok) throw new ConfigError(`workloads.${workload.name}: ${outcome.error}`);
  }
}

// src/benchmark.ts
var needsLoopbackServer = (config) => config.network.url === null && config.workloads.some((w) => w.name === "network" && w.language === "any");
async function runBenchmark(options) {
  const config = applyOverrides(loadConfig(options.configPath, { cwd: options.cwd }), options.overrides);
  const scratch = mkdtempSync(join(os2.tmpdir(), "concurrency-bench-"));
  let server;
  try {
    const env = { ...options.env, [ENV_TMPDIR]: scratch };
    const wantsPython = config.strategies.some((id) => PYTHON_STRATEGIES.includes(id));
    const pythons = wantsPython ? await discoverPythons(config.python, env) : [];
    const firstPython = pythons.find((p) => !p.unavailable);
    await checkUserWorkloads(
      config,
      (language) => language === "node" ? nodeRunner(env) : firstPython && pythonRunner(firstPython.command, env)
    );
    mkdirSync(options.outDir, { recursive: true });
    if (needsLoopbackServer(config)) server = await startLoopbackServer(config.network.latency_ms);
    env[ENV_URL] = config.network.url ?? server?.url ?? "";
    const cores = os2.availableParallelism();
    const plan = makePlan(config, [NODE_RUNTIME, ...pythons], cores);
    const runnerFor = (cell) => {
      const python2 = pythons.find((p) => p.label === cell.runtime);
      return python2 ? pythonRunner(python2.command, env) : nodeRunner(env);
    };
    const resultsPath = join(options.outDir, "results.json");
    const results = {
      schema_version: 1,
      tool: { name: "concurrency-bench", version: package_default.version },
      created_at: (/* @__PURE__ */ new Date()).toISOString(),
      system: systemInfo(options.env, pythons.flatMap((p) => p.info ? [p.info] : [])),
      config: { ...config, workers: plan.cells[0]?.workers ?? config.workers, tasks: plan.cells[0]?.tasks ?? config.tasks },
      cells: []
    };
    writeResults(resultsPath, results);
    const measured = plan.cells.filter((cell) => !cell.skip).length;
    options.progress(`concurrency-bench: ${plan.cells.length} cells (${measured} to measure), ${plan.repetitions} repetitions each, ${plan.cells[0]?.workers ?? 0} workers, results in ${resultsPath}`);
    const started = Date.now();
    await runPlan(plan, runnerFor, {
      cellFinished(cell, index, total) {
        results.cells.push(cell);
        writeResults(resultsPath, results);
        const perCell = (Date.now() - started) / 1e3 / (index + 1);
        options.progress(progressLine(cell, index, total, options.withEta ? perCell * (total - index - 1) : void 0));
      }
    }, options.signal);
    const markdown = renderMarkdown(results);
    const reportPath = join(options.outDir, "report.md");
    writeFileSync2(reportPath, markdown);
    return { results, resultsPath, reportPath, markdown };
  } finally {
    await server?.close();
    rmSync2(scratch, { recursive: true, force: true });
  }
}

// src/cancel-on-signals.ts
function cancelOnSignals(say) {
  const controller = new AbortController();
  let exitCode = 0;
  for (const [name, code] of [["SIGINT", 130], ["SIGTERM", 143]]) {
    process.on(name, () => {
      if (controller.signal.aborted) process.exit(code);
      exitCode = code;
      say(`${name}: stopping; the cells that finished stay in results.json`);
      controller.abort();
    });
  }
  return { signal: controller.signal, exitCode: () => exitCode };
}

export {
  ConfigError,
  require_fast_deep_equal,
  require_equal,
  require_ucs2length,
  renderMarkdown,
  runBenchmark,
  cancelOnSignals
};
