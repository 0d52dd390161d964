import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  BUILTIN_WORKLOADS,
  BUILTIN_WORKLOAD_NAMES,
  ENV_TMPDIR,
  ENV_URL,
  MESSAGE_FD,
  MODULE_EXTENSIONS,
  MODULE_PATTERN,
  ProcessTreeWatcher,
  REPETITION_TIMEOUT,
  RUNTIME_KINDS,
  STRATEGIES,
  STRATEGY_IDS,
  builtinWorkload,
  calibrationCostEstimate,
  describe,
  entryFile,
  formatSeconds,
  hasProcFs,
  isBuiltinWorkload,
  isStrategyId,
  isStudyWorkload,
  median,
  runtimeKindOf,
  runtimeKindOfModule,
  tasksInFlight
} from "./chunk-NA577HTB.js";
import {
  logLine,
  oneLine
} from "./chunk-UHG5PLBH.js";
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
    var spawn3 = __require("child_process").spawn;
    function run(cmd, args, options, done) {
      if (typeof options === "function") {
        done = options;
        options = void 0;
      }
      let executed = false;
      const ch = spawn3(cmd, args, options);
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
    var interval3 = null;
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
        if (interval3 === null) {
          interval3 = setInterval(runInvalidator, (maxage || DEFAULT_MAXAGE) / 2);
          if (typeof interval3.unref === "function") {
            interval3.unref();
          }
        }
        return;
      }
      if (interval3 !== null) {
        clearInterval(interval3);
        interval3 = null;
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
      if (interval3 !== null) {
        clearInterval(interval3);
        interval3 = null;
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
      const results2 = keys ? {} : [];
      function each(i, err, result) {
        results2[i] = result;
        if (--pending === 0 || err && !options.graceful) {
          if (options.graceful && err && length > 1) {
            err = null;
          }
          done && done(err, results2);
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
      const minutes2 = datestr.substring(10, 12);
      const seconds = datestr.substring(12, 14);
      const useconds = datestr.substring(15, 21);
      const sign = datestr.substring(21, 22);
      const tmz = parseInt(datestr.substring(22, 25), 10);
      const tmzh = Math.floor(tmz / 60);
      const tmzm = tmz % 60;
      return /* @__PURE__ */ new Date(
        year + "-" + month + "-" + day + "T" + hour + ":" + minutes2 + ":" + seconds + "." + useconds + sign + (tmzh > 9 ? tmzh : "0" + tmzh) + (tmzm > 9 ? tmzm : "0" + tmzm)
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
      const minutes2 = datestr.substring(10, 12);
      const seconds = datestr.substring(12, 14);
      const useconds = datestr.substring(15, 21);
      const sign = datestr.substring(21, 22);
      const tmz = parseInt(datestr.substring(22, 25), 10);
      const tmzh = Math.floor(tmz / 60);
      const tmzm = tmz % 60;
      return /* @__PURE__ */ new Date(
        year + "-" + month + "-" + day + "T" + hour + ":" + minutes2 + ":" + seconds + "." + useconds + sign + (tmzh > 9 ? tmzh : "0" + tmzh) + (tmzm > 9 ? tmzm : "0" + tmzm)
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
      return new Promise(function(resolve5, reject) {
        stats(pids, options, function(err, data) {
          if (err) return reject(err);
          resolve5(data);
        });
      });
    }
    module.exports = pidusage2;
    module.exports.clear = require_history().clear;
  }
});

// src/user-error.ts
var EXIT = {
  ok: 0,
  /** The run itself failed (a crash, a machine problem): not the input's fault. */
  error: 1,
  /** Bad input: flags, config, a workload that does not load, a results file, the output folder. */
  badInput: 2,
  /** The regression gate: a cell got slower (or larger) than the baseline beyond noise. */
  regression: 3,
  /** Cancelled by SIGINT (130) or SIGTERM (143); results.json keeps what finished. */
  sigint: 130,
  sigterm: 143
};
var EXIT_CODES_TEXT = `Exit codes: ${EXIT.ok} done; ${EXIT.error} the run failed; ${EXIT.badInput} bad input (flags, config, a workload that does
not load, a results file, the output folder), nothing measured; ${EXIT.regression} --fail-on-regression or
--fail-on-memory-regression found a regression, or no comparison could be made; ${EXIT.sigint} / ${EXIT.sigterm} cancelled
by SIGINT / SIGTERM (results.json holds the cells that finished).`;
var UserError = class extends Error {
  exitCode = EXIT.badInput;
  constructor(message) {
    super(message.replace(/\s*[\r\n]+\s*/g, " "));
    this.name = new.target.name;
  }
};

// src/version.ts
var VERSION = "0.1.0";

// src/benchmark.ts
import { mkdtempSync, rmSync as rmSync2 } from "node:fs";
import os2 from "node:os";
import { join as join4, resolve as resolve3 } from "node:path";

// src/config/types.ts
var isDurationLevel = (level) => "target_s" in level;

// src/results/types.ts
var SCHEMA_VERSION = 1;
var NOISE_CV = 0.1;
var METRIC_KEYS = [
  "wall_time",
  "cpu_time",
  "throughput",
  "memory_mb",
  "gil_eff",
  "speedup",
  "efficiency"
];
var modelId = (cell2) => `${cell2.runtime}/${cell2.strategy}`;
var levelId = (cell2) => JSON.stringify([cell2.workload, cell2.level]);
var runtimeWorkloadId = (cell2) => JSON.stringify([cell2.runtime, cell2.workload]);
var placeId = (cell2) => JSON.stringify([cell2.runtime, cell2.strategy, cell2.workload, cell2.level]);
var groupId = (cell2) => JSON.stringify([cell2.runtime, cell2.workload, cell2.level, cell2.workers, cell2.tasks]);
var cellId = (cell2) => JSON.stringify([cell2.runtime, cell2.strategy, cell2.workload, cell2.level, cell2.workers, cell2.tasks]);
var twinId = (cell2) => JSON.stringify([cellId(cell2), cell2.target_s ?? null, cell2.target_s === void 0 ? cell2.arg : null]);

// src/plan/plan.ts
var treeOf = (cell2) => cell2.tree ?? "head";
function cellKeyOf(cell2) {
  const { runtime, strategy, workload, level, arg, target_s, workers: workers2, tasks: tasks2 } = cell2;
  return { runtime, strategy, workload, level, arg, ...target_s === void 0 ? {} : { target_s }, workers: workers2, tasks: tasks2 };
}
var hasBase = (cells2) => cells2.some((cell2) => treeOf(cell2) === "base");
var minRounds = (rounds, cells2) => rounds.pairedMin !== void 0 && hasBase(cells2) ? rounds.pairedMin : rounds.min;
var budgetedRounds = (rounds, cells2) => minRounds(rounds, cells2) + (hasBase(cells2) ? rounds.pairedReserve ?? 0 : 0);
var AUTO_ROUNDS = { min: 3, max: 30 };
function workerCounts(config, cores) {
  if (config.workers === "auto") return [cores];
  return Array.isArray(config.workers) ? [...config.workers].sort((a, b) => a - b) : [config.workers];
}
function makePlan(config, runtimes, cores) {
  const cells2 = [];
  for (const runtime of runtimes) {
    const strategies = config.strategies.filter((id) => runtimeKindOf(id) === runtime.kind);
    const workloads = config.workloads.filter((w) => w.language === "any" || w.language === runtime.kind);
    for (const workload of workloads) {
      for (const level of workload.levels) {
        for (const workers2 of workerCounts(config, cores)) {
          const tasks2 = config.tasks === "auto" ? workers2 : config.tasks;
          for (const strategy of strategies) {
            const skip = runtime.unavailable ?? runtime.lacks?.[strategy];
            const what = isDurationLevel(level) ? { arg: void 0, target_s: level.target_s } : { arg: level.arg };
            cells2.push({
              runtime: runtime.label,
              kind: runtime.kind,
              strategy,
              workload: workload.name,
              level: level.name,
              ...what,
              workers: workers2,
              tasks: tasks2,
              workloadRef: {
                name: workload.name,
                module: workload.module,
                entry: workload.entry,
                ...workload.payload ? { payload: workload.payload } : {}
              },
              // the serial run does the same tasks: one per pool size (and task count) of a sweep
              baselineKey: groupId({
                runtime: runtime.label,
                workload: workload.name,
                level: level.name,
                workers: workers2,
                tasks: tasks2
              }),
              ...skip ? { skip } : {}
            });
          }
        }
      }
    }
  }
  const rounds = config.repetitions === "auto" ? AUTO_ROUNDS : { min: config.repetitions, max: config.repetitions };
  return {
    cells: cells2,
    rounds,
    precision: config.precision,
    budgetMs: config.max_minutes * 6e4,
    timeoutMs: config.timeout_s * 1e3,
    cores
  };
}

// src/stats/binomial.ts
var LINEAR_UP_TO = 1022;
function binomialHalfCdf(n) {
  const cdf = new Float64Array(n + 1);
  let term = 0.5 ** n;
  let logTerm = -n * Math.LN2;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) {
      term *= (n - k + 1) / k;
      logTerm += Math.log((n - k + 1) / k);
    }
    sum += n <= LINEAR_UP_TO ? term : Math.exp(logTerm);
    cdf[k] = Math.min(1, sum);
  }
  return cdf;
}
var binomialHalfUpperTail = (k, n, cdf = binomialHalfCdf(n)) => k <= 0 ? 1 : k > n ? 0 : cdf[n - k];

// src/stats/interval.ts
var CONFIDENCE = 0.95;
function medianInterval(samples, confidence = CONFIDENCE) {
  if (samples.length === 0) throw new Error("no samples to bracket a median");
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const cdf = binomialHalfCdf(n);
  const coverage = (k2) => 1 - 2 * cdf[k2 - 1];
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && coverage(k + 1) >= confidence) k++;
  return { low: sorted[k - 1], high: sorted[n - k], level: coverage(k) };
}

// src/measure/plausibility.ts
var PLAUSIBILITY_MARGIN = 0.05;
function cpuShare(serials) {
  if (serials.length === 0) return 1;
  return Math.min(1, median(serials.map((s) => s.cpu_time / s.wall_time)));
}
function speedupLimit(inFlight, tasks2, cores, share) {
  return Math.min(inFlight, tasks2, share > 0 ? cores / share : Infinity);
}
var aboveLimit = (speedup, limit) => speedup > limit * (1 + PLAUSIBILITY_MARGIN);
var shownAboveLimit = (speedups, limit) => speedups.length > 0 && aboveLimit(medianInterval(speedups).low, limit);
function implausibleRounds(group) {
  const share = cpuShare([...group.serials.values()]);
  return group.cells.map((cell2) => {
    const limit = speedupLimit(cell2.inFlight ?? cell2.workers, cell2.tasks, group.cores, share);
    const setAside = cell2.reps.flatMap(
      (rep) => rep.cpu_time > rep.wall_time * group.cores * (1 + PLAUSIBILITY_MARGIN) && !cpuTooCoarse(rep.wall_time, cell2.workers) ? [
        {
          round: rep.round,
          reason: `it used ${(rep.cpu_time / rep.wall_time).toFixed(1)} CPU-seconds a second, more than the ${group.cores} cores can give`
        }
      ] : []
    );
    const aside = new Set(setAside.map((s) => s.round));
    const speedups = cell2.reps.flatMap((rep) => {
      const serial = group.serials.get(rep.round);
      return serial && !aside.has(rep.round) ? [serial.wall_time / rep.wall_time] : [];
    });
    const implausible = shownAboveLimit(speedups, limit) ? `its speedup, ${median(speedups).toFixed(2)}\xD7 (at least ${medianInterval(speedups).low.toFixed(2)}\xD7 over ${speedups.length} rounds), is above what ${limitText(limit, cell2, group.cores)}` : void 0;
    return { limit, setAside, ...implausible ? { implausible } : {} };
  });
}
function limitText(limit, cell2, cores) {
  const inFlight = cell2.inFlight ?? cell2.workers;
  const why = limit === inFlight && inFlight === cell2.workers ? `${cell2.workers} workers` : limit === cell2.tasks ? `${cell2.tasks} tasks${inFlight === cell2.tasks && cell2.tasks > cell2.workers ? " in flight at once" : ""}` : limit === cores ? `${cores} cores` : `${cores} cores for work this busy`;
  return `${why} allow (${+limit.toFixed(2)}\xD7)`;
}
var CPU_TICK_S = 0.01;
var MAX_CPU_CLOCK_ERROR = 0.2;
function cpuTooCoarse(wallTime, workers2) {
  return (workers2 + 1) * CPU_TICK_S > MAX_CPU_CLOCK_ERROR * wallTime * workers2;
}
var mostlyImplausible = (setAside, rounds) => rounds > 0 && setAside * 2 > rounds;
function notMeasurableReason(judgement, rounds) {
  if (judgement.implausible) return `not measurable on this runner right now: ${judgement.implausible}`;
  const [first] = judgement.setAside;
  return `not measurable on this runner right now: ${judgement.setAside.length} of ${rounds} rounds could not be true (round ${first.round + 1}: ${first.reason})`;
}
var notMeasurable = (judgement, rounds) => judgement.implausible !== void 0 || mostlyImplausible(judgement.setAside.length, rounds);

// src/measure/metrics.ts
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
var relativeHalfWidth = (stats) => stats.ci ? (stats.ci[1] - stats.ci[0]) / 2 / Math.abs(stats.median) : Infinity;
var withinPrecision = (stats, target) => (stats.ci_level ?? 0) >= CONFIDENCE && relativeHalfWidth(stats) <= target;
function intervalOf(stats) {
  if (stats.ci) return stats.ci;
  if (!stats.samples?.length) return void 0;
  const found = medianInterval(stats.samples);
  return [found.low, found.high];
}
var isConclusive = (cell2, target) => withinPrecision(cell2.stats.speedup, target);
function speedupStats(samples) {
  const stats = describe(samples);
  const interval3 = medianInterval(samples);
  return { ...stats, ci: [interval3.low, interval3.high], ci_level: interval3.level };
}
function cellFigures(reps, serialWallTimes, workers2, tasks2, { serialWarmTimes = [], serialCpuTimes, rounds = reps.map((_, i) => i + 1), warmLimit = Infinity } = {}) {
  if (serialWallTimes.length !== reps.length)
    throw new Error(`${reps.length} repetitions but ${serialWallTimes.length} serial runs to pair them with`);
  const serialWallTime = median(serialWallTimes);
  const perRep = reps.map((rep, i) => repetitionMetrics(rep, serialWallTimes[i], workers2, tasks2));
  const keys = Object.keys(perRep[0]);
  const stats = Object.fromEntries(
    keys.map((key) => [
      key,
      key === "speedup" ? speedupStats(perRep.map((m) => m[key])) : describe(perRep.map((m) => m[key]))
    ])
  );
  const serialStats = describe(serialWallTimes);
  const speedup = stats.speedup;
  return {
    metrics: Object.fromEntries(keys.map((key) => [key, stats[key].median])),
    serial_wall_time: serialWallTime,
    stats: {
      ...stats,
      serial_wall_time: serialStats,
      ...serialCpuTimes?.length === reps.length ? { serial_cpu_time: describe(serialCpuTimes) } : {},
      // round by round, for break-even's fixed cost and its bootstrap (analysis/break-even.ts)
      startup: describe(reps.map((rep) => rep.phases.startup)),
      shutdown: describe(reps.map((rep) => rep.phases.shutdown))
    },
    rounds,
    noisy: stats.wall_time.cv > NOISE_CV || serialStats.cv > NOISE_CV,
    precision: relativeHalfWidth(speedup),
    phases: medianPhases(reps.map((rep) => rep.phases)),
    ...cpuPhases(reps),
    ...warmFigures(
      reps,
      serialWallTimes.map((cold, i) => serialWarmTimes[i] ?? cold),
      workers2,
      warmLimit,
      rounds
    )
  };
}
var medianPhases = (phases2) => ({
  startup: median(phases2.map((p) => p.startup)),
  run: median(phases2.map((p) => p.run)),
  shutdown: median(phases2.map((p) => p.shutdown))
});
function cpuPhases(reps) {
  const phases2 = reps.map((rep) => rep.cpu_phases);
  if (phases2.length === 0 || !phases2.every((p) => p !== void 0)) return {};
  return { cpu_phases: medianPhases(phases2) };
}
function warmFigures(reps, serialWallTimes, workers2, limit, rounds) {
  if (reps.length === 0 || !reps.every((rep) => rep.warm)) return {};
  const perRound = reps.map((rep, i) => ({
    round: rounds[i],
    rep,
    serial: serialWallTimes[i],
    speedup: serialWallTimes[i] / rep.warm.wall_time
  }));
  if (shownAboveLimit(
    perRound.map((r) => r.speedup),
    limit
  ))
    return { warm_set_aside: { rounds: perRound.map((r) => r.round), limit } };
  const walls2 = perRound.map((r) => r.rep.warm.wall_time);
  const speedup = speedupStats(perRound.map((r) => r.speedup));
  return {
    warm: {
      wall_time: median(walls2),
      serial_wall_time: median(perRound.map((r) => r.serial)),
      cpu_time: median(perRound.map((r) => r.rep.warm.cpu_time)),
      speedup: speedup.median,
      efficiency: speedup.median / workers2,
      stats: { wall_time: describe(walls2), speedup },
      rounds: perRound.map((r) => r.round)
    }
  };
}

// src/analysis/assemble.ts
function assembleSide(side, cores, noRound) {
  const judged = judge(side, cores);
  return side.cells.map((p) => resultOf(p, side, judged.get(p), noRound));
}
function judge(side, cores) {
  const measured = side.cells.filter((p) => p.reps.length > 0);
  const serials = new Map(
    [...side.serialRuns].map(([round, run]) => [round, { wall_time: run.wall_time, cpu_time: run.cpu_time }])
  );
  const cells2 = measured.map(({ cell: cell2, reps, rounds }) => ({
    workers: cell2.workers,
    tasks: cell2.tasks,
    inFlight: tasksInFlight(cell2.strategy, cell2.workers, cell2.tasks),
    reps: reps.map((rep, i) => ({ round: rounds[i], wall_time: rep.wall_time, cpu_time: rep.cpu_time }))
  }));
  const found = implausibleRounds({ cores, serials, cells: cells2 });
  return new Map(side.cells.map((p) => [p, found[measured.indexOf(p)] ?? { limit: Infinity, setAside: [] }]));
}
function keptFigures(p, side, { limit, setAside }) {
  const aside = new Set(setAside.map((s) => s.round));
  const kept = p.reps.map((rep, i) => ({ rep, serial: side.serialRuns.get(p.rounds[i]), round: p.rounds[i] })).filter((k) => !aside.has(k.round));
  return cellFigures(
    kept.map((k) => k.rep),
    kept.map((k) => k.serial.wall_time),
    p.cell.workers,
    p.cell.tasks,
    {
      serialWarmTimes: kept.map((k) => k.serial.warm?.wall_time),
      serialCpuTimes: kept.map((k) => k.serial.cpu_time),
      rounds: kept.map((k) => k.round + 1),
      warmLimit: limit
    }
  );
}
function resultOf(p, side, judgement, noRound) {
  if (p.ended) return p.ended;
  if (p.reps.length === 0) return { ...cellKeyOf(p.cell), status: "skipped", reason: noRound };
  const recorded = judgement.implausible ? p.rounds.map((round) => ({ round, reason: judgement.implausible })) : judgement.setAside;
  const outliers = recorded.map(({ round, reason }) => {
    const rep = p.reps[p.rounds.indexOf(round)];
    const serial = side.serialRuns.get(round);
    return {
      round: round + 1,
      reason,
      wall_time: rep.wall_time,
      cpu_time: rep.cpu_time,
      ...rep.cpu_phases ? { cpu_phases: rep.cpu_phases } : {},
      serial_wall_time: serial.wall_time,
      speedup: serial.wall_time / rep.wall_time
    };
  });
  const kept = outliers.length ? { outliers } : {};
  if (notMeasurable(judgement, p.reps.length)) {
    return {
      ...cellKeyOf(p.cell),
      status: "skipped",
      reason: notMeasurableReason(judgement, p.reps.length),
      ...kept
    };
  }
  const figures = keptFigures(p, side, judgement);
  const calibration2 = p.cell.calibration ? { calibration: p.cell.calibration } : {};
  return {
    ...cellKeyOf(p.cell),
    status: "ok",
    ...figures,
    ...kept,
    ...calibration2,
    ...p.info ? { info: p.info } : {}
  };
}

// src/stats/random.ts
function seededRandom(seed) {
  const state = new Int32Array([seed]);
  return () => {
    const a = state[0] + 1831565813 | 0;
    state[0] = a;
    let t = Math.imul(a ^ a >>> 15, a | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

// src/analysis/break-even.ts
var BOOTSTRAP_RESAMPLES = 2e3;
var BREAK_EVEN_CONFIDENCE = 0.95;
var emptySummary = (levels) => ({
  xs: new Float64Array(levels),
  runs: new Float64Array(levels),
  warmXs: new Float64Array(levels),
  warms: new Float64Array(levels),
  serialWarms: new Float64Array(levels),
  warmLevels: 0,
  fixed: 0
});
var mean = (values) => {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
};
function weightedLine(xs, ys, count, weight) {
  let sw = 0;
  let swx = 0;
  let swy = 0;
  for (let i = 0; i < count; i++) {
    const w = weight(i);
    sw += w;
    swx += w * xs[i];
    swy += w * ys[i];
  }
  const meanX = swx / sw;
  const meanY = swy / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < count; i++) {
    const w = weight(i);
    const dx = xs[i] - meanX;
    sxx += w * dx * dx;
    sxy += w * dx * (ys[i] - meanY);
  }
  if (!(sxx > 0)) return void 0;
  const b = sxy / sxx;
  return { a: meanY - b * meanX, b };
}
function fitLine(xs, ys, count = xs.length) {
  const first = weightedLine(xs, ys, count, (i) => 1 / Math.max(xs[i] * xs[i], 1e-18));
  if (!first) return void 0;
  return weightedLine(xs, ys, count, (i) => {
    const expected = first.a + first.b * xs[i];
    const y = expected > 0 ? expected : Math.abs(ys[i]);
    return 1 / Math.max(y * y, 1e-18);
  });
}
function threshold(overhead, b, serialSlope) {
  if (!(b < serialSlope)) return Infinity;
  return Math.max(0, overhead / (serialSlope - b));
}
function serialWarmSlope({ warmXs, serialWarms, warmLevels }) {
  const ratio2 = (i) => serialWarms[i] / warmXs[i];
  if (warmLevels === 3) {
    const [a, b, c] = [ratio2(0), ratio2(1), ratio2(2)];
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
  return median(Array.from({ length: warmLevels }, (_, i) => ratio2(i)));
}
function estimate(summary, tasks2) {
  const { xs, runs, warmXs, warms, warmLevels, fixed } = summary;
  const cold = fitLine(xs, runs);
  if (!cold) return void 0;
  const coldTask = threshold(fixed + cold.a, cold.b, tasks2);
  const warm = warmLevels >= 2 ? fitLine(warmXs, warms, warmLevels) : void 0;
  if (!warm) return { fixed, cold, coldTask };
  return { fixed, cold, warm, coldTask, warmTask: threshold(warm.a, warm.b, serialWarmSlope(summary)) };
}
function summaryOf(levels, tasks2) {
  const summary = emptySummary(levels.length);
  levels.forEach((level, l) => {
    const x = mean(level.serial) / tasks2;
    summary.xs[l] = x;
    summary.runs[l] = mean(level.run);
    if (level.warm.length === 0) return;
    const w = summary.warmLevels++;
    summary.warmXs[w] = x;
    summary.warms[w] = mean(level.warm);
    summary.serialWarms[w] = mean(level.serialWarm);
  });
  summary.fixed = median(levels.flatMap((l) => l.fixed));
  return summary;
}
var signatureOf = (levels) => levels.map((l) => [l.serial, l.run, l.fixed, l.warm, l.serialWarm].map((v) => v.join(",")).join(";")).join("|");
function seedOf(signature) {
  let h = 2166136261;
  for (let i = 0; i < signature.length; i++) h = Math.imul(h ^ signature.charCodeAt(i), 16777619);
  return h >>> 0;
}
function fixedOrder(levels) {
  const all = levels.flatMap((l, level) => l.fixed.map((value, round) => ({ value, level, round })));
  all.sort((a, b) => a.value - b.value);
  const ranks = levels.map((l) => l.fixed.map(() => 0));
  all.forEach((entry, rank) => {
    ranks[entry.level][entry.round] = rank;
  });
  return { sorted: all.map((e) => e.value), ranks, counts: new Uint16Array(all.length) };
}
function countedMedian({ sorted, counts }, drawn) {
  const lowRank = Math.floor((drawn - 1) / 2);
  const highRank = Math.floor(drawn / 2);
  let low;
  let seen = 0;
  for (let place = 0; place < counts.length; place++) {
    seen += counts[place];
    if (low === void 0 && seen > lowRank) low = sorted[place];
    if (seen > highRank) return (low + sorted[place]) / 2;
  }
  return Number.NaN;
}
function resample(levels, tasks2, random, order, summary) {
  order.counts.fill(0);
  let drawn = 0;
  summary.warmLevels = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l];
    const m = level.serial.length;
    const ranks = order.ranks[l];
    let serial = 0;
    let run = 0;
    for (let k = 0; k < m; k++) {
      const i = Math.floor(random() * m);
      serial += level.serial[i];
      run += level.run[i];
      order.counts[ranks[i]]++;
    }
    drawn += m;
    const x = serial / m / tasks2;
    summary.xs[l] = x;
    summary.runs[l] = run / m;
    const mw = level.warm.length;
    if (mw === 0) continue;
    let warm = 0;
    let serialWarm = 0;
    for (let k = 0; k < mw; k++) {
      const i = Math.floor(random() * mw);
      warm += level.warm[i];
      serialWarm += level.serialWarm[i];
    }
    const w = summary.warmLevels++;
    summary.warmXs[w] = x;
    summary.warms[w] = warm / mw;
    summary.serialWarms[w] = serialWarm / mw;
  }
  summary.fixed = countedMedian(order, drawn);
}
function percentileInterval(sorted) {
  const tail = (1 - BREAK_EVEN_CONFIDENCE) / 2;
  const low = sorted[Math.floor(tail * sorted.length)];
  const high = sorted[Math.ceil((1 - tail) * sorted.length) - 1];
  if (low === void 0 || high === void 0 || !Number.isFinite(high)) return null;
  return [low, high];
}
function widened(level) {
  const widen = (values) => {
    if (values.length < 2) return values;
    const centre = mean(values);
    const factor = Math.sqrt(values.length / (values.length - 1));
    return values.map((v) => centre + (v - centre) * factor);
  };
  return {
    serial: widen(level.serial),
    run: widen(level.run),
    fixed: widen(level.fixed),
    warm: widen(level.warm),
    serialWarm: widen(level.serialWarm)
  };
}
var worked = /* @__PURE__ */ new Map();
function bootstrapIntervals(levels, tasks2, resamples = BOOTSTRAP_RESAMPLES) {
  const signature = signatureOf(levels);
  const key = `${tasks2}:${resamples}:${signature}`;
  const known = worked.get(key);
  if (known) return { cold: known.cold && [...known.cold], warm: known.warm && [...known.warm] };
  const random = seededRandom(seedOf(signature));
  const spread2 = levels.map(widened);
  const order = fixedOrder(spread2);
  const summary = emptySummary(spread2.length);
  const cold = new Float64Array(resamples);
  const warm = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    resample(spread2, tasks2, random, order, summary);
    const found = estimate(summary, tasks2);
    cold[r] = found?.coldTask ?? Infinity;
    warm[r] = found?.warmTask ?? Infinity;
  }
  const intervals = { cold: percentileInterval(cold.sort()), warm: percentileInterval(warm.sort()) };
  if (worked.size >= 500) worked.clear();
  worked.set(key, { cold: intervals.cold && [...intervals.cold], warm: intervals.warm && [...intervals.warm] });
  return intervals;
}
function levelRounds(cell2) {
  const serialSamples = cell2.stats.serial_wall_time.samples;
  const wallSamples = cell2.stats.wall_time.samples;
  const paired = serialSamples.length > 0 && serialSamples.length === wallSamples.length;
  const serial = paired ? serialSamples : [cell2.serial_wall_time];
  const wall = paired ? wallSamples : [cell2.metrics.wall_time];
  const startup = cell2.stats.startup?.samples;
  const shutdown = cell2.stats.shutdown?.samples;
  const fixed = startup?.length === wall.length && shutdown?.length === wall.length ? startup.map((s, i) => s + shutdown[i]) : wall.map(() => cell2.phases.startup + cell2.phases.shutdown);
  const warmWalls = cell2.warm?.stats.wall_time.samples ?? [];
  const warmSpeedups = cell2.warm?.stats.speedup.samples ?? [];
  const warmPaired = warmWalls.length > 0 && warmWalls.length === warmSpeedups.length;
  const warm = warmPaired ? warmWalls : cell2.warm ? [cell2.warm.wall_time] : [];
  const serialWarm = warmPaired ? warmWalls.map((w, i) => w * warmSpeedups[i]) : cell2.warm ? [cell2.warm.serial_wall_time ?? cell2.serial_wall_time] : [];
  return { serial, run: wall.map((w, i) => Math.max(0, w - fixed[i])), fixed, warm, serialWarm };
}
function speedupAt(stats) {
  if (!stats) return void 0;
  if (stats.ci && stats.ci_level !== void 0) return { median: stats.median, ci: stats.ci, ci_level: stats.ci_level };
  if (!stats.samples?.length) return void 0;
  const found = medianInterval(stats.samples);
  return { median: stats.median, ci: [found.low, found.high], ci_level: found.level };
}
function claimOf(b, basis) {
  const speedup = basis === "cold" ? b.cold_speedup : b.warm_speedup;
  const task = basis === "cold" ? b.cold_task_s : b.warm_task_s;
  const ci = basis === "cold" ? b.cold_task_ci : b.warm_task_ci;
  const longest = b.longest_task_s;
  if (!speedup) return { kind: "none" };
  if (speedup.ci_level < CONFIDENCE) return { kind: "few-rounds", speedup, longest };
  if (speedup.ci[1] < 1) return { kind: "below", speedup, longest };
  if (!(speedup.ci[0] > 1)) return { kind: "not-shown", speedup, longest };
  if (task === null || !ci) return { kind: "unbounded", speedup, longest };
  return { kind: "pays", task, ci, longest };
}
var shown = (task, ci, speedup) => task !== void 0 && Number.isFinite(task) && ci !== null && speedup !== void 0 && speedup.ci_level >= CONFIDENCE && speedup.ci[0] > 1 ? task : null;
function breakEvenOf(cells2) {
  const first = cells2[0];
  if (!first || cells2.length < 2) return void 0;
  const levels = cells2.map(levelRounds);
  const n = first.tasks;
  const summary = summaryOf(levels, n);
  const found = estimate(summary, n);
  if (!found) return void 0;
  const intervals = bootstrapIntervals(levels, n);
  const { xs } = summary;
  const longest = cells2[xs.indexOf(Math.max(...xs))];
  const coldSpeedup = speedupAt(longest.stats.speedup);
  const warmSpeedup = speedupAt(longest.warm?.stats.speedup);
  return {
    runtime: first.runtime,
    strategy: first.strategy,
    workload: first.workload,
    fixed_cost_s: found.fixed,
    per_task_s: found.warm ? Math.max(0, found.warm.a) * Math.min(first.workers, n) / n : 0,
    slope: found.cold.b,
    cold_task_s: shown(found.coldTask, intervals.cold, coldSpeedup),
    warm_task_s: shown(found.warmTask, intervals.warm, warmSpeedup),
    cold_task_ci: intervals.cold,
    warm_task_ci: found.warm ? intervals.warm : null,
    ...coldSpeedup ? { cold_speedup: coldSpeedup } : {},
    ...warmSpeedup ? { warm_speedup: warmSpeedup } : {},
    longest_task_s: Math.max(...xs)
  };
}
function breakEvens(results2) {
  const groups = /* @__PURE__ */ new Map();
  for (const cell2 of results2.cells) {
    if (cell2.status !== "ok") continue;
    const key = JSON.stringify([cell2.workload, modelId(cell2)]);
    groups.set(key, [...groups.get(key) ?? [], cell2]);
  }
  return [...groups.values()].flatMap((cells2) => breakEvenOf(cells2) ?? []);
}

// src/analysis/ceiling.ts
var CEILING_MOVED = 0.1;
function ceilingSummary(start, end, steal) {
  if (!end) return { ...start, ...steal === void 0 ? {} : { steal } };
  return {
    ...start,
    end: end.ratio,
    moved: Math.abs(end.ratio - start.start) / start.start > CEILING_MOVED,
    ...steal === void 0 ? {} : { steal },
    loop_ns: [start.loop_ns?.[0] ?? end.loop_ns, end.loop_ns]
  };
}

// src/analysis/scaling.ts
var amdahl = (f3, n) => 1 / (f3 + (1 - f3) / n);
var usl = (sigma, kappa, n) => n / (1 + sigma * (n - 1) + kappa * n * (n - 1));
function rSquared(points, model) {
  const mean2 = points.reduce((sum, p) => sum + p.speedup, 0) / points.length;
  const total = points.reduce((sum, p) => sum + (p.speedup - mean2) ** 2, 0);
  const residual = points.reduce((sum, p) => sum + (p.speedup - model(p.workers)) ** 2, 0);
  return total === 0 ? residual === 0 ? 1 : 0 : 1 - residual / total;
}
var karpFlatt = (point) => (1 / point.speedup - 1 / point.workers) / (1 - 1 / point.workers);
function fitAmdahl(points) {
  const error = (f4) => points.reduce((sum, p) => sum + (p.speedup - amdahl(f4, p.workers)) ** 2, 0);
  let [lo, hi] = [0, 1];
  const ratio2 = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 100; i++) {
    const a = hi - ratio2 * (hi - lo);
    const b = lo + ratio2 * (hi - lo);
    if (error(a) <= error(b)) hi = b;
    else lo = a;
  }
  const f3 = (lo + hi) / 2;
  return {
    serialFraction: f3,
    r2: rSquared(points, (n) => amdahl(f3, n)),
    karpFlatt: points.filter((p) => p.workers > 1).map((p) => ({ workers: p.workers, e: karpFlatt(p) }))
  };
}
function fitUsl(points) {
  const rows = points.map((p) => ({
    x1: p.workers - 1,
    x2: p.workers * (p.workers - 1),
    y: p.workers / p.speedup - 1
  }));
  const sum = (f3) => rows.reduce((s, r) => s + f3(r), 0);
  const [a, b, c] = [sum((r) => r.x1 * r.x1), sum((r) => r.x1 * r.x2), sum((r) => r.x2 * r.x2)];
  const [d, e] = [sum((r) => r.x1 * r.y), sum((r) => r.x2 * r.y)];
  const det = a * c - b * b;
  let sigma = det > 0 ? (d * c - b * e) / det : 0;
  let kappa = det > 0 ? (a * e - b * d) / det : 0;
  if (!(sigma >= 0) || !(kappa >= 0) || det <= 0) {
    const sigmaAlone = a > 0 ? Math.max(0, d / a) : 0;
    const kappaAlone = c > 0 ? Math.max(0, e / c) : 0;
    const err = (s, k) => sum((r) => (r.y - s * r.x1 - k * r.x2) ** 2);
    [sigma, kappa] = err(sigmaAlone, 0) <= err(0, kappaAlone) ? [sigmaAlone, 0] : [0, kappaAlone];
  }
  const fit = { sigma, kappa, r2: rSquared(points, (n) => usl(sigma, kappa, n)) };
  if (kappa > 0 && sigma < 1) {
    const peak = Math.sqrt((1 - sigma) / kappa);
    return { ...fit, peakWorkers: peak, peakSpeedup: usl(sigma, kappa, peak) };
  }
  return fit;
}

// src/analysis/sweep.ts
function primaryWorkers(counts, cores) {
  const fitting = counts.filter((n) => n <= cores);
  return fitting.length > 0 ? Math.max(...fitting) : Math.min(...counts);
}
function primaryCells(cells2, cores) {
  const counts = [...new Set(cells2.map((cell2) => cell2.workers))];
  if (counts.length <= 1) return cells2;
  const primary = primaryWorkers(counts, cores);
  return cells2.filter((cell2) => cell2.workers === primary);
}
var MIN_POINTS_TO_FIT = 4;
function fitsOf(points, base, cores) {
  const used = points.map((p) => ({ workers: p.workers, speedup: p.speedup / base }));
  const relative2 = fitUsl(used);
  const usl2 = relative2.peakSpeedup === void 0 ? relative2 : { ...relative2, peakSpeedup: relative2.peakSpeedup * base };
  return {
    amdahl: fitAmdahl(used),
    usl: usl2,
    ...usl2.peakWorkers !== void 0 ? { peakObservable: usl2.peakWorkers <= cores } : {}
  };
}
function sweepCurves(cells2, cores) {
  const byPlace = /* @__PURE__ */ new Map();
  for (const cell2 of cells2) {
    if (cell2.status !== "ok") continue;
    byPlace.set(placeId(cell2), [...byPlace.get(placeId(cell2)) ?? [], cell2]);
  }
  const curves = [];
  for (const group of byPlace.values()) {
    const sorted = [...group].sort((a, b) => a.workers - b.workers);
    if (new Set(sorted.map((c) => c.workers)).size < 2) continue;
    const points = sorted.map((cell2) => ({
      workers: cell2.workers,
      speedup: cell2.metrics.speedup,
      cell: cell2,
      overSubscribed: cell2.workers > cores
    }));
    const within = points.filter((p) => !p.overSubscribed);
    const base = points[0].workers === 1 && points[0].speedup > 0 ? points[0].speedup : 1;
    const first = sorted[0];
    curves.push({
      runtime: first.runtime,
      strategy: first.strategy,
      workload: first.workload,
      level: first.level,
      points,
      withinCores: within.length,
      base,
      ...within.length >= MIN_POINTS_TO_FIT ? fitsOf(within, base, cores) : {}
    });
  }
  return curves;
}

// src/stats/sign-test.ts
function pAbove(samples, threshold2) {
  return binomialHalfUpperTail(samples.filter((x) => x > threshold2).length, samples.length);
}
function pBelow(samples, threshold2) {
  return binomialHalfUpperTail(samples.filter((x) => x < threshold2).length, samples.length);
}
function holm(pValues, alpha2) {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  for (const [rank, { p, i }] of order.entries()) {
    if (p > alpha2 / (pValues.length - rank)) break;
    rejected[i] = true;
  }
  return rejected;
}
function pRatioAbove(a, b, threshold2) {
  const sortedA = [...a].sort((x, y) => x - y);
  const sortedB = [...b].sort((x, y) => x - y);
  const [cdfA, cdfB] = [binomialHalfCdf(sortedA.length), binomialHalfCdf(sortedB.length)];
  const nb = sortedB.length;
  let best = 1;
  for (let ka = 1; ka <= sortedA.length; ka++) {
    const low = sortedA[ka - 1];
    const works = (kb) => low / sortedB[nb - kb] > threshold2;
    let [lo, hi] = [1, nb + 1];
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (works(mid)) hi = mid;
      else lo = mid + 1;
    }
    if (lo > nb) continue;
    best = Math.min(best, 2 * Math.max(cdfA[ka - 1], cdfB[lo - 1]));
  }
  return Math.min(1, best);
}
function benjaminiHochberg(pValues, alpha2) {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let passed = 0;
  for (const [rank, { p }] of order.entries()) if (p <= (rank + 1) * alpha2 / pValues.length) passed = rank + 1;
  const held = pValues.map(() => false);
  for (const { i } of order.slice(0, passed)) held[i] = true;
  return held;
}

// src/analysis/verdict-rule.ts
var ALPHA = 0.05;
var capped = (m) => m.speedups.map((s) => Math.min(s, m.ideal));
function exclusion(m, precision2) {
  if (m.cpuUseRatios && pBelow(m.cpuUseRatios, 1 + precision2) <= ALPHA / 2) return "cpu";
  if (pBelow(capped(m), 1 + precision2) <= ALPHA / 2) return "speed";
  return void 0;
}
function pairedRatios(leader, other) {
  const a = capped(leader);
  const b = capped(other);
  const byRound2 = new Map(other.rounds.map((round, i) => [round, b[i]]));
  return leader.rounds.flatMap((round, i) => byRound2.has(round) ? [a[i] / byRound2.get(round)] : []);
}
function pLeads(leader, other, precision2) {
  if (leader.group !== other.group) return pRatioAbove(capped(leader), capped(other), 1 + precision2);
  return pAbove(pairedRatios(leader, other), 1 + precision2);
}
function shownEquivalent(leader, other, precision2) {
  const [low, high] = [1 / (1 + precision2), 1 + precision2];
  if (leader.group !== other.group) {
    const [a, b] = [capped(leader), capped(other)];
    return pRatioAbove(a, b, low) <= ALPHA / 2 && pRatioAbove(b, a, low) <= ALPHA / 2;
  }
  const ratios2 = pairedRatios(leader, other);
  return pAbove(ratios2, low) <= ALPHA / 2 && pBelow(ratios2, high) <= ALPHA / 2;
}
function decide(models, precision2) {
  const byMedian = [...models].sort((a, b) => median(capped(b)) - median(capped(a)));
  const excluded = byMedian.flatMap((m) => {
    const by = exclusion(m, precision2);
    return by ? [{ id: m.id, by }] : [];
  });
  const isExcluded = new Set(excluded.map((e) => e.id));
  const open = byMedian.filter((m) => !isExcluded.has(m.id));
  const beating = open.filter((m) => pAbove(capped(m), 1) <= ALPHA);
  const leader = beating[0];
  if (!leader) {
    const unresolved2 = open.map((m) => m.id);
    return {
      status: unresolved2.length === 0 ? "serial" : "inconclusive",
      best: [],
      unresolved: unresolved2,
      excluded,
      quoted: (open[0] ?? byMedian[0]).id
    };
  }
  const others = open.filter((m) => m !== leader);
  const shownSlower = holm(
    others.map((m) => pLeads(leader, m, precision2)),
    ALPHA / 2
  );
  const notSlower = others.filter((_, i) => !shownSlower[i]);
  const best = [leader, ...notSlower.filter((m) => beating.includes(m))].map((m) => m.id);
  const unresolved = notSlower.filter((m) => !beating.includes(m)).map((m) => m.id);
  return {
    status: best.length === 1 && unresolved.length === 0 ? "best" : "tie",
    best,
    unresolved,
    excluded,
    quoted: leader.id
  };
}

// src/analysis/verdicts.ts
var MIN_VERDICT_ROUNDS = 3;
var speedupStatsOf = (cell2, basis) => basis === "cold" ? cell2.stats.speedup : cell2.warm?.stats.speedup;
var roundsOf = (cell2, basis) => speedupStatsOf(cell2, basis)?.samples?.length ?? 0;
var tooFewRounds = (cells2, basis) => cells2.some((cell2) => roundsOf(cell2, basis) < MIN_VERDICT_ROUNDS);
function cpuUseRatios(cell2) {
  const cpu = cell2.stats.cpu_time?.samples;
  const wall = cell2.stats.wall_time?.samples;
  const serialCpu = cell2.stats.serial_cpu_time?.samples;
  const serialWall = cell2.stats.serial_wall_time?.samples;
  if (!cpu || !wall || !serialCpu || !serialWall) return void 0;
  if (![wall, serialCpu, serialWall].every((samples) => samples.length === cpu.length)) return void 0;
  return cpu.map((c, i) => c / wall[i] / (serialCpu[i] / serialWall[i]));
}
function modelRounds(cell2, basis) {
  const speedups = speedupStatsOf(cell2, basis)?.samples;
  if (!speedups?.length) return void 0;
  const rounds = basis === "cold" ? cell2.rounds : cell2.warm?.rounds;
  const paired = rounds?.length === speedups.length;
  const ratios2 = cpuUseRatios(cell2);
  return {
    id: modelId(cell2),
    // Without round numbers (results of an earlier version) no two cells can be paired.
    group: paired ? cell2.runtime : modelId(cell2),
    ideal: tasksInFlight(cell2.strategy, cell2.workers, cell2.tasks),
    speedups,
    rounds: paired ? rounds : speedups.map((_, i) => i + 1),
    ...ratios2 ? { cpuUseRatios: ratios2 } : {}
  };
}
function figureOf(cell2, basis) {
  const stats = speedupStatsOf(cell2, basis);
  const interval3 = stats && intervalOf(stats);
  return stats && interval3 ? { speedup: stats.median, ci: interval3 } : {};
}
function verdictFor(cells2, workload, levels, basis, precision2) {
  for (const level of [...levels].reverse()) {
    const atLevel = cells2.filter((cell2) => cell2.workload === workload && cell2.level === level);
    const measured = atLevel.flatMap((cell2) => {
      const model = modelRounds(cell2, basis);
      return model ? [{ cell: cell2, model }] : [];
    });
    if (measured.length === 0) continue;
    const base = { workload, basis, level };
    const decision = decide(
      measured.map((m) => m.model),
      precision2
    );
    const quoted = measured.find((m) => m.model.id === decision.quoted).cell;
    const figure2 = figureOf(quoted, basis);
    if (tooFewRounds(
      measured.map((m) => m.cell),
      basis
    ))
      return { ...base, status: "inconclusive", best: [], ...figure2 };
    return {
      ...base,
      status: decision.status,
      best: decision.best,
      ...decision.unresolved.length ? { unresolved: decision.unresolved } : {},
      ...decision.excluded.length ? { excluded: decision.excluded.map(({ id, by }) => ({ model: id, by })) } : {},
      ...figure2
    };
  }
  return void 0;
}
function verdicts(results2, precision2) {
  const ok = results2.cells.filter((cell2) => cell2.status === "ok");
  const workloads = [...new Set(results2.cells.map((cell2) => cell2.workload))];
  return workloads.flatMap((workload) => {
    const levels = [...new Set(results2.cells.filter((cell2) => cell2.workload === workload).map((cell2) => cell2.level))];
    return ["cold", "warm"].flatMap((basis) => verdictFor(ok, workload, levels, basis, precision2) ?? []);
  });
}

// src/analysis/contested.ts
function openModels(verdict, atLevel, precision2) {
  if (verdict.status === "serial") return /* @__PURE__ */ new Set();
  if (verdict.status === "best" && !verdict.unresolved?.length) return /* @__PURE__ */ new Set();
  const excluded = new Set((verdict.excluded ?? []).map((e) => e.model));
  if (verdict.best.length === 0 && !verdict.unresolved?.length)
    return new Set(atLevel.map(modelId).filter((id) => !excluded.has(id)));
  const rounds = new Map(atLevel.map((cell2) => [modelId(cell2), modelRounds(cell2, verdict.basis)]));
  const [leader, ...tied] = verdict.best;
  const lead = leader === void 0 ? void 0 : rounds.get(leader);
  const splittable = tied.filter((id) => {
    const other = rounds.get(id);
    return !lead || !other || !shownEquivalent(lead, other, precision2);
  });
  const open = [...splittable, ...verdict.unresolved ?? []];
  return new Set(open.length === 0 || leader === void 0 ? open : [leader, ...open]);
}
function contestedCells(cells2, cores, precision2) {
  const main = primaryCells(cells2, cores);
  const ok = main.filter((cell2) => cell2.status === "ok");
  const open = /* @__PURE__ */ new Set();
  for (const verdict of verdicts({ cells: main }, precision2)) {
    const atLevel = ok.filter((cell2) => cell2.workload === verdict.workload && cell2.level === verdict.level);
    const models = openModels(verdict, atLevel, precision2);
    for (const cell2 of atLevel) if (models.has(modelId(cell2))) open.add(cellId(cell2));
  }
  return open;
}

// src/compare/match.ts
var nameOf = ({ runtime, strategy, workload, level }) => ({
  runtime,
  strategy,
  workload,
  level
});
function pairCells(current, baseline) {
  const pairs = /* @__PURE__ */ new Map();
  const entry = (cell2) => {
    const key = placeId(cell2);
    const pair = pairs.get(key) ?? { name: nameOf(cell2), current: [], baseline: [] };
    pairs.set(key, pair);
    return pair;
  };
  for (const cell2 of current) entry(cell2).current.push(cell2);
  for (const cell2 of baseline) entry(cell2).baseline.push(cell2);
  return [...pairs.values()];
}
function notMeasured(cell2, where2) {
  if (cell2.status === "failed") return `failed ${where2}: ${cell2.error}`;
  if (cell2.status === "skipped") return `skipped ${where2}: ${cell2.reason}`;
  return void 0;
}
var show = (value) => typeof value === "string" ? value : JSON.stringify(value);
function whyNotComparable(pair) {
  if (pair.current.length > 1) return `this run has ${pair.current.length} cells with this name`;
  if (pair.baseline.length > 1) return `the baseline has ${pair.baseline.length} cells with this name`;
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  const unmeasured = [notMeasured(current, "in this run"), notMeasured(baseline, "in the baseline")].filter(Boolean);
  if (unmeasured.length) return unmeasured.join("; ");
  const differences = [];
  for (const field2 of ["workers", "tasks"]) {
    if (current[field2] !== baseline[field2])
      differences.push(`${field2} differ (baseline ${baseline[field2]}, this run ${current[field2]})`);
  }
  if (JSON.stringify(current.arg) !== JSON.stringify(baseline.arg)) {
    differences.push(`the level's argument differs (baseline ${show(baseline.arg)}, this run ${show(current.arg)})`);
  }
  return differences.length ? differences.join("; ") : void 0;
}
function okPair(pair) {
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  if (current?.status !== "ok" || baseline?.status !== "ok") throw new Error("okPair: not a pair of ok cells");
  return { current, baseline };
}

// src/compare/paired-gate.ts
function gateLines(minEffect, rule = "half") {
  const share = { threshold: 1, half: 0.5, effect: 0 }[rule];
  return { up: 1 + share * minEffect, down: 1 - share * minEffect };
}
function pOfLargeChange(ratios2, minEffect) {
  const middle = median([...ratios2]);
  const { up, down } = gateLines(minEffect);
  if (middle >= 1 + minEffect) return pAbove(ratios2, up);
  if (middle <= 1 - minEffect) return pBelow(ratios2, down);
  return void 0;
}
function pairedGate(cells2, { minEffect, alpha: alpha2 }, rule = "half") {
  const { up, down } = gateLines(minEffect, rule);
  const slower = benjaminiHochberg(
    cells2.map((c) => pAbove(c.ratios, up)),
    alpha2
  );
  const faster = benjaminiHochberg(
    cells2.map((c) => pBelow(c.ratios, down)),
    alpha2
  );
  return cells2.map((c, i) => {
    const interval3 = medianInterval(c.ratios);
    const middle = median(c.ratios);
    const big = rule === "threshold" || Math.abs(middle - 1) >= minEffect;
    return {
      id: c.id,
      median: middle,
      ci: [interval3.low, interval3.high],
      ciLevel: interval3.level,
      verdict: slower[i] && big && middle > 1 ? "slower" : faster[i] && big && middle < 1 ? "faster" : "same"
    };
  });
}
var FEWEST_PAIRS = 5;
function gateCells(cells2, options) {
  const tested = cells2.filter((cell2) => cell2 !== void 0 && cell2.ratios.length >= FEWEST_PAIRS);
  return new Map(pairedGate(tested, options).map((finding) => [finding.id, finding]));
}
var verdictOf = (finding) => finding.verdict === "slower" ? "regression" : finding.verdict === "faster" ? "improvement" : "unchanged";

// src/compare/rows.ts
function gateRows(rows, thresholds2, tooFew) {
  const wall = gateCells(
    rows.map((row2) => row2.wall),
    thresholds2
  );
  const memory = gateCells(
    rows.map((row2) => row2.memory),
    thresholds2
  );
  const cells2 = rows.map((row2) => {
    const found = row2.wall && wall.get(row2.wall.id);
    const memoryFound = row2.memory && memory.get(row2.memory.id);
    const pairs = row2.wall?.ratios.length;
    const reason = row2.reason || (row2.status === "compared" && !found ? tooFew(pairs ?? 0) : void 0);
    const change = row2.change ?? (found ? { wall_time: found.median - 1 } : void 0);
    return {
      ...row2.name,
      status: row2.status,
      ...reason ? { reason } : {},
      ...pairs === void 0 ? {} : { pairs },
      ...change ? { change } : {},
      ...found ? { wallRatio: found.median, ci: found.ci, verdict: verdictOf(found) } : {},
      ...memoryFound ? { memory: { ratio: memoryFound.median, ci: memoryFound.ci, verdict: verdictOf(memoryFound) } } : {}
    };
  });
  return {
    cells: cells2,
    regressions: cells2.filter((cell2) => cell2.verdict === "regression").length,
    improvements: cells2.filter((cell2) => cell2.verdict === "improvement").length,
    memoryRegressions: cells2.filter((cell2) => cell2.memory?.verdict === "regression").length,
    tested: wall.size
  };
}

// src/compare/trees.ts
var SERIAL_ROW = "serial";
var byRound = (values, rounds) => new Map(rounds.map((round, i) => [round, values[i]]));
var walls = (cell2) => cell2.rounds && { values: cell2.stats.wall_time.samples, rounds: cell2.rounds };
var memories = (cell2) => cell2.rounds && { values: cell2.stats.memory_mb.samples, rounds: cell2.rounds };
var serialWalls = (cell2) => cell2.rounds && { values: cell2.stats.serial_wall_time.samples, rounds: cell2.rounds };
function ratios(head, base) {
  return [...head].filter(([round, value]) => value > 0 && (base.get(round) ?? 0) > 0).map(([round, value]) => value / base.get(round));
}
function samplesOf(cells2, sample) {
  const merged = /* @__PURE__ */ new Map();
  for (const cell2 of cells2) {
    const found = sample(cell2);
    if (found) for (const [round, value] of byRound(found.values, found.rounds)) merged.set(round, value);
  }
  return merged;
}
var isOk = (cell2) => cell2.status === "ok";
function cellRows(head, base) {
  const bases = new Map(base.map((cell2) => [twinId(cell2), cell2]));
  const heads = new Set(head.map(twinId));
  const rows = head.map((cell2) => {
    const name = nameOf(cell2);
    const twin = bases.get(twinId(cell2));
    if (!twin) return { name, status: "new" };
    const reason = [notMeasured(cell2, "in this tree"), notMeasured(twin, "in the base tree")].filter(Boolean).join("; ");
    if (!isOk(cell2) || !isOk(twin)) return { name, status: "not-comparable", reason };
    const id = twinId(cell2);
    return {
      name,
      status: "compared",
      feeds: cellId(cell2),
      wall: { id, ratios: ratios(samplesOf([cell2], walls), samplesOf([twin], walls)) },
      memory: { id, ratios: ratios(samplesOf([cell2], memories), samplesOf([twin], memories)) }
    };
  });
  const gone = base.filter((cell2) => !heads.has(twinId(cell2))).map((cell2) => ({ name: nameOf(cell2), status: "gone" }));
  return [...rows, ...gone];
}
function serialRows(head, base) {
  const groups = /* @__PURE__ */ new Map();
  const bases = new Set(base.map(twinId));
  for (const cell2 of head.filter(isOk)) {
    if (!bases.has(twinId(cell2))) continue;
    const key = groupId(cell2);
    groups.set(key, { head: [...groups.get(key)?.head ?? [], cell2], base: [] });
  }
  for (const cell2 of base.filter(isOk)) groups.get(groupId(cell2))?.base.push(cell2);
  return [...groups.values()].filter((group) => group.base.length > 0).map(({ head: cells2, base: twins }) => {
    const { runtime, workload, level } = cells2[0];
    const id = `${groupId(cells2[0])}/serial`;
    return {
      name: { runtime, strategy: SERIAL_ROW, workload, level },
      status: "compared",
      feeds: cellId(cells2[0]),
      wall: { id, ratios: ratios(samplesOf(cells2, serialWalls), samplesOf(twins, serialWalls)) }
    };
  });
}
function treeRows(head, base, cores) {
  const [heads, bases] = [primaryCells(head, cores), primaryCells(base, cores)];
  return [...cellRows(heads, bases), ...serialRows(heads, bases)];
}
function compareTrees(results2, thresholds2) {
  const cores = results2.system.cores;
  const sameCode = new Set(results2.base?.same_code ?? []);
  const head = results2.cells.filter((cell2) => !sameCode.has(cell2.workload));
  const rows = treeRows(head, results2.base?.cells ?? [], cores);
  const gated = gateRows(
    rows,
    thresholds2,
    (pairs) => `${pairs} paired round${pairs === 1 ? "" : "s"}: too few to show a change (${FEWEST_PAIRS} at least)`
  );
  const percent = `${+(thresholds2.minEffect * 100).toFixed(1)}%`;
  return {
    kind: "same-run",
    minEffect: thresholds2.minEffect,
    ...sameCode.size ? { sameCode: [...sameCode] } : {},
    cells: gated.cells,
    regressions: gated.regressions,
    improvements: gated.improvements,
    memoryRegressions: gated.memoryRegressions,
    method: `Both trees ran in the same rounds on this machine, in a random order; per cell, each round's ratio of this tree's cold wall time to the base's. A cell got slower when its ratios are shown above 1 + ${percent} \xF7 2 (a one-sided sign test) and their median is at least 1 + ${percent} (faster: the same, below); across the ${gated.tested} cells tested, the false discovery rate is held at ${thresholds2.alpha} (Benjamini\u2013Hochberg). Peak memory is tested the same way.`,
    notes: []
  };
}
function undecidedCells(head, base, cores, { minEffect, alpha: alpha2 }) {
  const rows = treeRows(head, base, cores);
  const tested = rows.filter((row2) => row2.wall && row2.wall.ratios.length > 0);
  const open = /* @__PURE__ */ new Set();
  for (const row2 of tested) {
    const p = pOfLargeChange(row2.wall.ratios, minEffect);
    if (p !== void 0 && p > alpha2 / tested.length && row2.feeds) open.add(row2.feeds);
  }
  return open;
}

// src/compare/cell.ts
function relativeChanges(current, baseline) {
  const change = {};
  for (const key of METRIC_KEYS) {
    const [now, before] = [current[key], baseline[key]];
    if (before !== 0 && Number.isFinite(before) && Number.isFinite(now)) change[key] = (now - before) / before;
    else if (before === 0 && now === 0) change[key] = 0;
  }
  return change;
}
var positive = (samples) => (samples ?? []).filter((x) => Number.isFinite(x) && x > 0);
var byIndex = (a, b) => a.slice(0, Math.min(a.length, b.length)).map((x, i) => x / b[i]);
var speedRatios = (current, baseline) => byIndex(positive(baseline.stats?.speedup?.samples), positive(current.stats?.speedup?.samples));
var memoryRatios = (current, baseline) => byIndex(positive(current.stats?.memory_mb?.samples), positive(baseline.stats?.memory_mb?.samples));

// src/prose.ts
var MADE_HERE = /* @__PURE__ */ new WeakSet();
var made = (value) => {
  MADE_HERE.add(value);
  return value;
};
var isMadeHere = (value) => typeof value === "object" && value !== null && MADE_HERE.has(value);
var nameOf2 = (name) => made({ name: String(name) });
var ours = (text3) => made({ ours: text3 });
function proseOf(...parts) {
  for (const part of parts) if (typeof part !== "string" && !isMadeHere(part)) throw refused(part);
  return made(parts);
}
var isName = (part) => isMadeHere(part) && "name" in part;
var isOurs = (part) => isMadeHere(part) && "ours" in part;
var isProse = (value) => Array.isArray(value) && MADE_HERE.has(value);
var refused = (value) => new TypeError(
  `prose: refused a ${Array.isArray(value) ? "array" : typeof value} as words: only text and numbers go in as names`
);
function prose(strings, ...values) {
  const parts = [];
  strings.forEach((literal, i) => {
    if (literal) parts.push(literal);
    if (i >= values.length) return;
    const value = values[i];
    if (typeof value === "number") parts.push(String(value));
    else if (typeof value === "string") parts.push(nameOf2(value));
    else if (isOurs(value)) parts.push(value.ours);
    else if (isName(value)) parts.push(value);
    else if (isProse(value)) parts.push(...value);
    else throw refused(value);
  });
  return made(parts);
}
function checked(prose2) {
  if (!isProse(prose2)) throw refused(prose2);
  for (const part of prose2) if (typeof part !== "string" && !isName(part)) throw refused(part);
  return prose2;
}
var plainText = (prose2) => checked(prose2).map((part) => isName(part) ? part.name : part).join("");
var formatProse = (prose2, words, names) => checked(prose2).map((part) => isName(part) ? names(part.name) : words(part)).join("");
function joinProse(items, separator) {
  return proseOf(...items.flatMap((item, i) => i === 0 ? checked(item) : [separator, ...checked(item)]));
}

// src/compare/describe.ts
function methodSentence({ minEffect, alpha: alpha2 }, tested) {
  const percent = `${+(minEffect * 100).toFixed(1)}%`;
  return `Per cell, each round's wall time relative to its own run's serial run (the speedup, which cancels each machine's speed) is set against the baseline's, round by round; a cell got slower when these ratios are shown above 1 + ${percent} \xF7 2 (a one-sided sign test) with a median of at least 1 + ${percent} (faster: the same, below), the false discovery rate across the ${tested} cell${tested === 1 ? "" : "s"} tested held at ${alpha2} (Benjamini\u2013Hochberg; a cell needs 5 rounds on each side). It cannot see a change that slows the serial run as much as the models, nor tell a drift between the two machines from a change of the code: indicative only. compare-to: base-commit (--baseline-tree) measures both versions in the same rounds of one run.`;
}
function list(values) {
  return values.length <= 4 ? values.join(", ") : `${values.slice(0, 3).join(", ")} and ${values.length - 3} more`;
}
function noCellInCommon(current, baseline) {
  if (baseline.length === 0) return "the baseline has no cells to compare with";
  if (current.length === 0) return "this run has no cells to compare with the baseline";
  const values = (cells2, dimension) => [...new Set(cells2.map((cell2) => cell2[dimension]))];
  const disjoint = (dimension) => {
    const mine = new Set(values(current, dimension));
    return values(baseline, dimension).every((value) => !mine.has(value));
  };
  const shown2 = ["runtime"];
  if (disjoint("runtime") || disjoint("workload")) shown2.push("workload");
  else {
    const [strategies, levels] = [disjoint("strategy"), disjoint("level")];
    if (strategies || !levels) shown2.push("strategy");
    shown2.push("workload");
    if (levels || !strategies) shown2.push("level");
  }
  const side = (cells2) => shown2.map((dimension) => list(values(cells2, dimension))).join(" \xD7 ");
  return `the baseline has no cell in common with this run (baseline: ${side(baseline)}; this run: ${side(current)})`;
}
function machineNotes(current, baseline) {
  if (!current || !baseline) return [];
  const notes = [];
  const machine = (system) => prose`${system.cpu_model}, ${system.cores} cores`;
  if (plainText(machine(current)) !== plainText(machine(baseline))) {
    notes.push(
      prose`the baseline ran on another machine (${machine(baseline)}) than this run (${machine(current)}): differences may come from the machine`
    );
  }
  if (current.node !== baseline.node)
    notes.push(prose`the baseline ran on Node ${baseline.node}, this run on Node ${current.node}`);
  const pythons = (system) => new Map((system.pythons ?? []).map((python3) => [python3.label, python3.version]));
  const [now, before] = [pythons(current), pythons(baseline)];
  for (const [label2, version] of now) {
    const old = before.get(label2);
    if (old !== void 0 && old !== version)
      notes.push(prose`${label2} was ${old} in the baseline and is ${version} in this run`);
  }
  return notes;
}

// src/compare/types.ts
var DEFAULT_MIN_EFFECT = 0.1;
var DEFAULT_ALPHA = 0.05;
var ComparisonError = class extends Error {
};

// src/compare/compare.ts
function thresholds({ minEffect = DEFAULT_MIN_EFFECT, alpha: alpha2 = DEFAULT_ALPHA }) {
  if (!(Number.isFinite(minEffect) && minEffect >= 0 && minEffect < 1)) {
    throw new ComparisonError(
      `the minimum effect must be a fraction from 0 to below 1, e.g. 0.1 for 10% (got ${minEffect})`
    );
  }
  if (!(Number.isFinite(alpha2) && alpha2 > 0 && alpha2 < 1))
    throw new ComparisonError(`alpha must be between 0 and 1, e.g. 0.05 (got ${alpha2})`);
  return { minEffect, alpha: alpha2 };
}
function checkVersion(results2, which) {
  const version = results2?.schema_version;
  if (version !== SCHEMA_VERSION)
    throw new ComparisonError(
      `${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version ${SCHEMA_VERSION} only`
    );
  if (!Array.isArray(results2.cells)) throw new ComparisonError(`${which} has no list of cells`);
}
function compareResults(current, baseline, options = {}) {
  const limits = thresholds(options);
  checkVersion(baseline, "the baseline");
  checkVersion(current, "this run");
  const pairs = pairCells(
    primaryCells(current.cells, current.system.cores),
    primaryCells(baseline.cells, baseline.system.cores)
  );
  if (!pairs.some((pair) => pair.current.length > 0 && pair.baseline.length > 0)) {
    throw new ComparisonError(noCellInCommon(current.cells, baseline.cells));
  }
  const rows = pairs.map(({ name, ...pair }, i) => {
    const id = String(i);
    if (pair.baseline.length === 0) return { name, status: "new" };
    if (pair.current.length === 0) return { name, status: "gone" };
    const reason = whyNotComparable({ name, ...pair });
    if (reason !== void 0) return { name, status: "not-comparable", reason };
    const ok = okPair({ name, ...pair });
    return {
      name,
      status: "compared",
      change: relativeChanges(ok.current.metrics, ok.baseline.metrics),
      wall: { id, ratios: speedRatios(ok.current, ok.baseline) },
      memory: { id, ratios: memoryRatios(ok.current, ok.baseline) }
    };
  });
  const gated = gateRows(
    rows,
    limits,
    (pairs2) => `${pairs2} round${pairs2 === 1 ? "" : "s"} on the side with fewer: too few to test (${FEWEST_PAIRS} at least)`
  );
  return {
    kind: "another-run",
    minEffect: limits.minEffect,
    cells: gated.cells,
    regressions: gated.regressions,
    improvements: gated.improvements,
    memoryRegressions: gated.memoryRegressions,
    method: methodSentence(limits, gated.tested),
    notes: machineNotes(current.system, baseline.system)
  };
}

// src/compare/with-baseline.ts
function compareWithBaseline(results2, baseline, baselineLabel, options) {
  try {
    return { comparison: { ...compareResults(results2, baseline, options), baselineLabel } };
  } catch (error) {
    if (error instanceof ComparisonError) return { comparisonProblem: error.message };
    throw error;
  }
}
function compareTrees2(results2, thresholds2) {
  const comparison = compareTrees(results2, thresholds2);
  if (!comparison.cells.some((cell2) => cell2.status === "compared"))
    return { comparisonProblem: "the base tree has no cell in common with this one" };
  return { comparison: { ...comparison, baselineLabel: results2.base.label } };
}

// src/config/load.ts
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve as resolve2 } from "node:path";

// src/config/config-error.ts
var ConfigError = class extends UserError {
  /** The config file as the user named it, or the CLI flag for override errors. */
  file;
  /** Dotted JSON path of the problem ("workloads.cpu.low"); empty when the whole file is at fault. */
  jsonPath;
  /**
   * `new ConfigError(file, detail, jsonPath?)` prints "file: detail"; a lone argument is a
   * complete message.
   */
  constructor(fileOrMessage, detail, jsonPath = "") {
    super(detail === void 0 ? fileOrMessage : `${fileOrMessage}: ${detail}`);
    this.file = detail === void 0 ? "" : fileOrMessage;
    this.jsonPath = jsonPath;
  }
};

// config.json
var config_default = {
  $schema: "./config.schema.json",
  workloads: {
    cpu: { short: "10ms", medium: "100ms", long: "250ms" },
    memory: { short: "10ms", medium: "100ms", long: "250ms" },
    io: { short: "10ms", medium: "30ms", long: "100ms" },
    network: { short: "10ms", medium: "100ms", long: "250ms" }
  }
};

// src/config/defaults.ts
var DEFAULT_CONFIG = config_default;
var DEFAULT_SOURCE = "built-in default config";
var DEFAULT_WORKLOADS = config_default.workloads;
function defaultSettings() {
  return {
    workers: "auto",
    tasks: "auto",
    repetitions: "auto",
    max_minutes: 4.75,
    precision: 0.05,
    strategies: [...STRATEGY_IDS],
    python: ["python3"],
    timeout_s: 600,
    network: { url: null, latency_ms: 50 },
    regression: { min_effect: 0.1, alpha: 0.05 }
  };
}

// src/config/json-path.ts
function pointerToSegments(pointer, root) {
  if (pointer === "") return [];
  const segments = [];
  let node2 = root;
  for (const raw of pointer.slice(1).split("/")) {
    const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node2) && /^\d+$/.test(key)) {
      segments.push(Number(key));
      node2 = node2[Number(key)];
    } else {
      segments.push(key);
      node2 = isPlainObject(node2) ? node2[key] : void 0;
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
  $id: "https://raw.githubusercontent.com/concurrency-bench/concurrency-bench/v1/config.schema.json",
  title: "concurrency-bench configuration",
  description: `Either the levels-only shape (the study's own file is one; { "cpu": { "low": 5000000 }, \u2026 }: built-in workload \u2192 level name \u2192 argument) or the full shape (workers, tasks, repetitions, max_minutes, precision, strategies, python, timeout_s, network, regression, workloads). A file is read as the full shape as soon as one of its top-level keys is a full-shape key.`,
  anyOf: [
    {
      $ref: "#/definitions/full"
    },
    {
      $ref: "#/definitions/levels_only"
    }
  ],
  definitions: {
    full: {
      type: "object",
      description: "The full shape. Every field is optional; omitted fields take the defaults shown on each field. Any other key is an error.",
      properties: {
        $schema: {
          type: "string",
          description: "Path or URL of this schema, so editors can complete and check the file. Ignored by the tool."
        },
        workers: {
          $ref: "#/definitions/workers"
        },
        tasks: {
          $ref: "#/definitions/tasks"
        },
        repetitions: {
          $ref: "#/definitions/repetitions"
        },
        max_minutes: {
          $ref: "#/definitions/max_minutes"
        },
        precision: {
          $ref: "#/definitions/precision"
        },
        strategies: {
          $ref: "#/definitions/strategies"
        },
        python: {
          $ref: "#/definitions/python"
        },
        timeout_s: {
          $ref: "#/definitions/timeout_s"
        },
        network: {
          $ref: "#/definitions/network"
        },
        regression: {
          $ref: "#/definitions/regression"
        },
        workloads: {
          $ref: "#/definitions/workloads"
        }
      },
      additionalProperties: false
    },
    levels_only: {
      type: "object",
      description: "The levels-only shape (the study's own file is one): built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.",
      minProperties: 1,
      properties: {
        cpu: {
          $ref: "#/definitions/levels_cpu"
        },
        memory: {
          $ref: "#/definitions/levels_memory"
        },
        io: {
          $ref: "#/definitions/levels_io"
        },
        network: {
          $ref: "#/definitions/levels_network"
        }
      },
      additionalProperties: false
    },
    workers: {
      description: `Size of each pool. "auto" (default) = the machine's available parallelism. A list such as [1, 2, 4, 8] is a sweep: every model runs at each size, and the report fits a scaling curve. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`,
      default: "auto",
      anyOf: [
        {
          const: "auto"
        },
        {
          type: "integer",
          minimum: 1,
          maximum: 256
        },
        {
          type: "array",
          items: {
            type: "integer",
            minimum: 1,
            maximum: 256
          },
          minItems: 1,
          maxItems: 12,
          uniqueItems: true
        }
      ]
    },
    tasks: {
      description: 'Tasks submitted per run. "auto" (default) = workers. Capped at 10000 so a mistyped value cannot queue a day of work.',
      default: "auto",
      anyOf: [
        {
          const: "auto"
        },
        {
          type: "integer",
          minimum: 1,
          maximum: 1e4
        }
      ]
    },
    repetitions: {
      description: `Rounds per cell; each round runs the serial baseline, then every strategy once, and each speedup is taken against its own round's serial run. "auto" (default): at least 3 rounds, and more (up to 30) while a cell's speedup interval is wider than precision, within max_minutes. A number: exactly that many rounds. At most 100.`,
      default: "auto",
      anyOf: [
        {
          const: "auto"
        },
        {
          type: "integer",
          minimum: 1,
          maximum: 100
        }
      ]
    },
    max_minutes: {
      description: `Time budget of the whole run, in minutes: the runner's ceiling, calibration and rounds. Groups of cells whose minimum rounds cannot fit are skipped before anything is measured, and named in the report; extra rounds (repetitions "auto") go where a verdict is still open, while they fit. The run ends within about 10% of it. Default 4.75 (the default matrix ends within 5 minutes on 2 cores).`,
      default: 4.75,
      type: "number",
      exclusiveMinimum: 0,
      maximum: 1440
    },
    precision: {
      description: `Target half-width of each cell's speedup interval, relative to its median: 0.05 (default) = \xB15%. With repetitions "auto", rounds are added to a cell while its interval is wider, within max_minutes.`,
      default: 0.05,
      type: "number",
      minimum: 5e-3,
      maximum: 0.5
    },
    strategies: {
      description: "Concurrency models to measure, each at most once. Default: all 6.",
      default: [
        "event-loop",
        "worker-threads",
        "child-processes",
        "thread-pool",
        "process-pool",
        "interpreter-pool"
      ],
      type: "array",
      minItems: 1,
      uniqueItems: true,
      items: {
        enum: [
          "event-loop",
          "worker-threads",
          "child-processes",
          "thread-pool",
          "process-pool",
          "interpreter-pool"
        ]
      }
    },
    python: {
      description: 'Python interpreters to run the Python strategies with (command names or paths, e.g. "python3.14", "python3.14t"). A single string is one interpreter; each may appear once. Default ["python3"].',
      default: [
        "python3"
      ],
      anyOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          minItems: 1,
          uniqueItems: true,
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    timeout_s: {
      description: "Seconds one task may run, from when a worker takes it, before its pool is torn down and the cell marked failed (a task that blocks the runner itself, such as an endless loop in the serial or event-loop run, is stopped when the repetition reaches timeout_s \xD7 (2 \xD7 tasks + 1): the tasks run twice, cold and warm). Default 600. More than 0, at most 86400 (one day).",
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
            {
              type: "null"
            },
            {
              type: "string",
              format: "uri",
              pattern: "^https?://"
            }
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
    duration: {
      description: 'A task length instead of an argument: "10ms", "1.5s", "500us". The tool calibrates the argument so that one task, run serially, takes that long in each runtime.',
      type: "string",
      pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"
    },
    workloads: {
      description: `Workload name \u2192 levels. cpu, memory, io, network, transfer, transfer_objects and sleep are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`,
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      properties: {
        cpu: {
          $ref: "#/definitions/levels_cpu"
        },
        memory: {
          $ref: "#/definitions/levels_memory"
        },
        io: {
          $ref: "#/definitions/levels_io"
        },
        network: {
          $ref: "#/definitions/levels_network"
        },
        transfer: {
          $ref: "#/definitions/levels_transfer"
        },
        transfer_objects: {
          $ref: "#/definitions/levels_transfer_objects"
        },
        sleep: {
          $ref: "#/definitions/levels_sleep"
        }
      },
      additionalProperties: {
        $ref: "#/definitions/user_workload"
      }
    },
    user_workload: {
      description: "Your own workload. module is relative to this config file. JS/TS modules (.js, .mjs, .cjs, .ts, .mts) name the function with export; Python modules (.py) with function.",
      type: "object",
      required: [
        "module"
      ],
      properties: {
        module: {
          description: "Path of the module, relative to this config file.",
          type: "string",
          pattern: "\\.(js|mjs|cjs|ts|mts|py)$"
        }
      },
      if: {
        required: [
          "module"
        ],
        properties: {
          module: {
            type: "string",
            pattern: "\\.py$"
          }
        }
      },
      then: {
        $ref: "#/definitions/python_workload"
      },
      else: {
        $ref: "#/definitions/node_workload"
      }
    },
    node_workload: {
      type: "object",
      required: [
        "module",
        "export",
        "levels"
      ],
      properties: {
        module: {
          description: "Path of the .js/.mjs/.cjs/.ts/.mts module, relative to this config file.",
          type: "string"
        },
        export: {
          description: "Name of the exported function to call with the level's value.",
          type: "string",
          minLength: 1
        },
        levels: {
          $ref: "#/definitions/user_levels"
        }
      },
      additionalProperties: false
    },
    python_workload: {
      type: "object",
      required: [
        "module",
        "function",
        "levels"
      ],
      properties: {
        module: {
          description: "Path of the .py module, relative to this config file.",
          type: "string"
        },
        function: {
          description: "Name of the module-level function to call with the level's value.",
          type: "string",
          minLength: 1
        },
        levels: {
          $ref: "#/definitions/user_levels"
        }
      },
      additionalProperties: false
    },
    user_levels: {
      description: 'Level name \u2192 the argument passed to your function (any JSON value except null). A duration such as "100ms" or "1s" instead means: call it with a number, calibrated so that one task takes that long serially (your function must take a number that scales its work).',
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        type: [
          "string",
          "number",
          "boolean",
          "object",
          "array"
        ]
      }
    },
    regression: {
      description: "The regression gates (--baseline-tree and --compare-to): a cell regressed when its rounds' ratios (head \xF7 base in the same rounds; against another run's file, of the speedups) are shown above 1 + min_effect/2 by a one-sided sign test with a median of at least 1 + min_effect, the false discovery rate across cells held at alpha (Benjamini\u2013Hochberg). The wall-time gate (--fail-on-regression) and the memory gate (--fail-on-memory-regression) use the same thresholds.",
      type: "object",
      additionalProperties: false,
      properties: {
        min_effect: {
          $ref: "#/definitions/min_effect"
        },
        alpha: {
          $ref: "#/definitions/alpha"
        }
      }
    },
    min_effect: {
      description: "Smallest change of a cell's median that counts as a regression or an improvement: 0.1 (default) = 10%.",
      default: 0.1,
      type: "number",
      exclusiveMinimum: 0,
      maximum: 10
    },
    alpha: {
      description: "The false discovery rate across cells of the regression gates (Benjamini\u2013Hochberg over one-sided sign tests): 0.05 (default). A cell needs 5 paired rounds to be tested at all.",
      default: 0.05,
      type: "number",
      exclusiveMinimum: 0,
      maximum: 0.5
    },
    levels_cpu: {
      description: 'Level name \u2192 n iterations: s = i*i for i in 0..n. Positive integer, at most 1e12 (minutes per task in Node on a fast core, hours in CPython). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        anyOf: [
          {
            type: "integer",
            minimum: 1,
            maximum: 1e12
          },
          {
            $ref: "#/definitions/duration"
          }
        ]
      }
    },
    levels_memory: {
      description: `Level name \u2192 n list items: build a list of 0..n, sum it. Positive integer, at most 1e10 (more than any runner's memory holds). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.`,
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        anyOf: [
          {
            type: "integer",
            minimum: 1,
            maximum: 1e10
          },
          {
            $ref: "#/definitions/duration"
          }
        ]
      }
    },
    levels_io: {
      description: 'Level name \u2192 n MiB: write n MiB to a temp file, read it back, delete it. Positive integer, at most 100000 (about 98 GiB). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        anyOf: [
          {
            type: "integer",
            minimum: 1,
            maximum: 1e5
          },
          {
            $ref: "#/definitions/duration"
          }
        ]
      }
    },
    levels_network: {
      description: 'Level name \u2192 n requests: n sequential HTTP GETs (fresh connection each). Positive integer, at most 100000. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        anyOf: [
          {
            type: "integer",
            minimum: 1,
            maximum: 1e5
          },
          {
            $ref: "#/definitions/duration"
          }
        ]
      }
    },
    levels_transfer: {
      description: "Level name \u2192 n KiB: receive n KiB of bytes, return a copy of the same size. Positive integer, at most 262144 (256 MiB). Not a duration: the size is what is measured.",
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        type: "integer",
        minimum: 1,
        maximum: 262144
      }
    },
    levels_transfer_objects: {
      description: "Level name \u2192 n KiB: receive about n KiB of small objects (16 a KiB), return a copy of the same size. Positive integer, at most 262144 (256 MiB). Not a duration: the size is what is measured.",
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        type: "integer",
        minimum: 1,
        maximum: 262144
      }
    },
    levels_sleep: {
      description: 'Level name \u2192 n milliseconds: wait n ms on a timer, no CPU (the event loop waits for every task at once). Positive integer, at most 600000 (ten minutes, the default timeout_s). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
      type: "object",
      minProperties: 1,
      propertyNames: {
        minLength: 1
      },
      additionalProperties: {
        anyOf: [
          {
            type: "integer",
            minimum: 1,
            maximum: 6e5
          },
          {
            $ref: "#/definitions/duration"
          }
        ]
      }
    }
  }
};

// src/config/schema.ts
var configSchema = config_schema_default;
var FULL_SHAPE_KEYS = Object.keys(config_schema_default.definitions.full.properties);
function fullShapeFieldsOf(key) {
  const ref = config_schema_default.definitions.full.properties[key]?.$ref;
  const definitions = config_schema_default.definitions;
  return Object.keys(definitions[ref?.replace("#/definitions/", "") ?? ""]?.properties ?? {});
}

// src/config/errors.ts
var BUILTINS = BUILTIN_WORKLOAD_NAMES;
var mapsWorkloads = (props) => Object.keys(props).some(isBuiltinWorkload);
var PATTERN_WORDING = {
  "^https?://": "an http:// or https:// URL",
  [MODULE_PATTERN]: `a path to a ${MODULE_EXTENSIONS.slice(0, -1).join(", ")} or ${MODULE_EXTENSIONS.at(-1)} module`,
  "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$": 'a duration above zero such as "10ms", "1.5s" or "500us"'
};
function explainAjvErrors(errors, root, shape) {
  const useful = errors.filter((e) => e.keyword !== "if");
  if (useful.length === 0) return { segments: [], message: "does not match the schema", sentence: false };
  const seg = (e) => pointerToSegments(e.instancePath, root);
  const emptyName = useful.find((e) => e.keyword === "propertyNames");
  if (emptyName) {
    const segments = seg(emptyName);
    return {
      segments,
      message: `${nounForMap(emptyName.parentSchema, segments)} name must not be empty`,
      sentence: false
    };
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
  const got = `got ${show2(e.data)}`;
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
      return at(`lists ${show2(dup)} more than once`);
    }
    case "type":
      if (segments.length === 0 && (shape === "full" || shape === "levels_only")) {
        return at(`must be a JSON object, ${got}`);
      }
      return at(`must be ${describe2(parent, e.keyword)}, ${got}`);
    case "anyOf": {
      const branches = parent.anyOf ?? [];
      const numeric = typeof e.data === "number" && !branches.some((b) => "const" in b) ? parent.anyOf?.find((b) => b.type === "integer" || b.type === "number") : void 0;
      if (numeric)
        return at(
          `must be ${describe2(numeric, typeof numeric.maximum === "number" && e.data > numeric.maximum ? "maximum" : void 0)}, ${got}`
        );
      return at(`must be ${describe2(parent, e.keyword)}, ${got}`);
    }
    case "const":
    case "enum":
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
    case "minLength":
    case "pattern":
    case "format":
      return at(`must be ${describe2(parent, e.keyword)}, ${got}`);
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
  const where2 = path === "" ? "at top level" : `at ${path}`;
  let message;
  if (segments.length === 0 && shape === "levels_only") {
    const guess = closest(key, [...FULL_SHAPE_KEYS, ...allowed]);
    const fullKeys = FULL_SHAPE_KEYS.filter((k) => k !== "$schema");
    message = `unknown key "${key}" ${where2}: a file with none of the full shape's keys (${fullKeys.join(", ")}) is read as the levels-only shape (workload \u2192 level \u2192 argument), which takes only the built-in workloads ${allowed.join(", ")}${didYouMean(guess)}`;
  } else {
    const guess = closest(key, allowed);
    message = `unknown key "${key}" ${where2} (allowed: ${allowed.join(", ")})${didYouMean(guess)}`;
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
function describe2(schema, violated) {
  if (typeof schema.$ref === "string") return describe2(definitionOf(schema.$ref), violated);
  if ("const" in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.join(", ")}`;
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((s) => describe2(s)).join(" or ");
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
function definitionOf(ref) {
  const name = ref.replace("#/definitions/", "");
  return configSchema.definitions[name] ?? {};
}
function describeInteger(schema, violated) {
  const lo = schema.minimum;
  const hi = schema.maximum;
  if (lo === 1 && hi !== void 0 && hi >= 1e5)
    return violated === "maximum" ? `at most ${hi}` : "a positive integer";
  if (lo !== void 0 && hi !== void 0) return `an integer from ${lo} to ${hi}`;
  if (lo === 1) return "a positive integer";
  if (lo !== void 0) return `an integer of at least ${lo}`;
  return "an integer";
}
function describeNumber(schema) {
  const parts = [];
  if (schema.exclusiveMinimum !== void 0) parts.push(`greater than ${schema.exclusiveMinimum}`);
  if (schema.minimum !== void 0 && schema.maximum !== void 0)
    return `a number from ${schema.minimum} to ${schema.maximum}`;
  if (schema.minimum !== void 0) parts.push(`at least ${schema.minimum}`);
  if (schema.maximum !== void 0) parts.push(`at most ${schema.maximum}`);
  return parts.length === 0 ? "a number" : `a number ${parts.join(" and ")}`;
}
function describeArray(schema) {
  const items = schema.items ?? {};
  if (Array.isArray(items.enum))
    return `a list of ${schema.uniqueItems ? "distinct " : ""}values from: ${items.enum.join(", ")}`;
  const nonEmpty = Number(schema.minItems) > 0 ? "non-empty " : "";
  if (items.type === "string") return `a ${nonEmpty}list of ${Number(items.minLength) > 0 ? "non-empty " : ""}strings`;
  const most = schema.maxItems === void 0 ? "" : ` (at most ${schema.maxItems})`;
  if (items.type === "integer") {
    const plural2 = describeInteger(items, void 0).replace(/^an? (positive )?integer/, "$1integers");
    return `a ${nonEmpty}list of ${schema.uniqueItems ? "distinct " : ""}${plural2}${most}`;
  }
  return `a ${nonEmpty}list`;
}
function describeObject(schema) {
  const extra = schema.additionalProperties;
  const props = schema.properties ?? {};
  if (isPlainObject(extra) && extra.type === "integer") return "an object of level name \u2192 positive integer";
  if (isPlainObject(extra) && Array.isArray(extra.anyOf))
    return 'an object of level name \u2192 positive integer or duration ("100ms")';
  if (isPlainObject(extra) && Array.isArray(extra.type)) return "an object of level name \u2192 argument";
  if (mapsWorkloads(props) && isPlainObject(extra)) return "an object of workload name \u2192 levels";
  if (Array.isArray(schema.required) && schema.required.includes("module")) {
    return 'an object with "module", "export" or "function", and "levels"';
  }
  const keys = Object.keys(props);
  return keys.length > 0 ? `an object with ${keys.join(", ")}` : "an object";
}
function nounForMap(schema, segments) {
  const last = segments[segments.length - 1];
  if (segments.length === 0 || last === "workloads") return "workload";
  if (mapsWorkloads(schema.properties ?? {})) return "workload";
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
function show2(value) {
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
    const row2 = [i];
    for (let j = 1; j <= b.length; j++) {
      row2[j] = Math.min(prev[j] + 1, row2[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row2;
  }
  return prev[b.length];
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text3, ignoreTrivia = false) {
  const len = text3.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text3.charCodeAt(pos);
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
    if (text3.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text3.length && text3.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text3.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text3.length && (text3.charCodeAt(pos) === 69 || text3.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text3.length && text3.charCodeAt(pos) === 43 || text3.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
        pos++;
        while (pos < text3.length && isDigit(text3.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text3.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text3.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text3.charCodeAt(pos);
      if (ch === 34) {
        result += text3.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text3.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text3.charCodeAt(pos++);
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
          result += text3.substring(start, pos);
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
    let code = text3.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text3.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text3.charCodeAt(pos) === 10) {
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
        if (text3.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text3.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text3.substring(start, pos);
          return token = 12;
        }
        if (text3.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text3.charCodeAt(pos);
            if (ch === 42 && text3.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text3.charCodeAt(pos) === 10) {
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
          value = text3.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text3.charCodeAt(pos))) {
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
          code = text3.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text3.substring(tokenOffset, pos);
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
function parseTree(text3, errors = [], options = ParseOptions.DEFAULT) {
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
  visit(text3, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text3, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text3, false);
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
function lineColumn(text3, offset) {
  const before = text3.slice(0, offset).split("\n");
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}
function describeError2(text3, error) {
  const code = printParseErrorCode(error.error);
  let words = ERROR_WORDS[code] ?? code;
  if (text3.slice(0, error.offset).trimEnd().endsWith(",") && /Expected$/.test(code)) words = "trailing comma";
  else if (text3[error.offset] === "'") words = "strings and keys need double quotes";
  return `${words} at ${lineColumn(text3, error.offset)}`;
}
function parseJson(source) {
  const text3 = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  if (text3.trim() === "") return { ok: false, reason: "empty file" };
  const errors = [];
  const tree = parseTree2(text3, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !tree)
    return { ok: false, reason: `not valid JSON (${errors.length ? describeError2(text3, errors[0]) : "no value"})` };
  const order = /* @__PURE__ */ new WeakMap();
  const build = (node2) => {
    if (node2.type === "array") return (node2.children ?? []).map(build);
    if (node2.type !== "object") return node2.value;
    const obj = {};
    const keys = [];
    for (const property of node2.children ?? []) {
      const [keyNode, valueNode] = property.children;
      const key = keyNode.value;
      if (!Object.hasOwn(obj, key)) keys.push(key);
      Object.defineProperty(obj, key, {
        value: valueNode ? build(valueNode) : void 0,
        enumerable: true,
        writable: true,
        configurable: true
      });
    }
    order.set(obj, keys);
    return obj;
  };
  return { ok: true, value: build(tree), keyOrder: (obj) => order.get(obj) ?? Object.keys(obj) };
}

// src/config/shapes.ts
import { resolve } from "node:path";

// src/config/duration.ts
var UNIT_SECONDS = { us: 1e-6, ms: 1e-3, s: 1 };
var DURATION = /^([0-9]+(?:\.[0-9]+)?)(us|ms|s)$/;
function parseDuration(text3) {
  if (typeof text3 !== "string") return void 0;
  const match = DURATION.exec(text3);
  if (!match) return void 0;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]];
  return seconds > 0 ? seconds : void 0;
}

// src/config/shapes.ts
function detectShape(data) {
  if (!isPlainObject(data)) return "levels_only";
  return Object.keys(data).some((key) => {
    if (!isStudyWorkload(key)) return FULL_SHAPE_KEYS.includes(key);
    const value = data[key];
    return isPlainObject(value) && fullShapeFieldsOf(key).some((field2) => field2 in value);
  }) ? "full" : "levels_only";
}
function toResolvedConfig(data, shape, opts) {
  const defaults = defaultSettings();
  if (shape === "levels_only") {
    return {
      ...defaults,
      workloads: toWorkloads(data, opts),
      source: opts.source
    };
  }
  const full2 = data;
  const python3 = full2.python === void 0 ? defaults.python : typeof full2.python === "string" ? [full2.python] : [...full2.python];
  const workloads = full2.workloads === void 0 ? toWorkloads(DEFAULT_WORKLOADS, { ...opts, keyOrder: Object.keys }) : toWorkloads(full2.workloads, opts);
  return {
    workers: Array.isArray(full2.workers) ? [...full2.workers] : full2.workers ?? defaults.workers,
    tasks: full2.tasks ?? defaults.tasks,
    repetitions: full2.repetitions ?? defaults.repetitions,
    max_minutes: full2.max_minutes ?? defaults.max_minutes,
    precision: full2.precision ?? defaults.precision,
    strategies: full2.strategies ? [...full2.strategies] : defaults.strategies,
    python: python3,
    timeout_s: full2.timeout_s ?? defaults.timeout_s,
    network: {
      url: full2.network?.url ?? defaults.network.url,
      latency_ms: full2.network?.latency_ms ?? defaults.network.latency_ms
    },
    regression: {
      min_effect: full2.regression?.min_effect ?? defaults.regression.min_effect,
      alpha: full2.regression?.alpha ?? defaults.regression.alpha
    },
    workloads,
    source: opts.source
  };
}
function toWorkloads(workloads, opts) {
  return opts.keyOrder(workloads).map((name) => {
    const spec = workloads[name];
    if (isBuiltinWorkload(name)) {
      const { handed } = BUILTIN_WORKLOADS[name];
      const payload = handed === "argument" ? {} : { payload: handed };
      return { name, language: "any", ...payload, levels: toLevels(spec, opts.keyOrder) };
    }
    const module = spec.module;
    const entry = spec.export ?? spec.function;
    return {
      name,
      // the schema admits only the registry's extensions (MODULE_PATTERN)
      language: runtimeKindOfModule(module),
      module: resolve(opts.baseDir, module),
      entry,
      levels: toLevels(spec.levels, opts.keyOrder)
    };
  });
}
function toLevels(levels, keyOrder) {
  return keyOrder(levels).map((name) => {
    const value = levels[name];
    const target_s = parseDuration(value);
    return target_s === void 0 ? { name, arg: value } : { name, duration: value, target_s };
  });
}

// src/config/validators.generated.js
var validators_generated_exports = {};
__export(validators_generated_exports, {
  alpha: () => alpha,
  full: () => full,
  levels_only: () => levels_only,
  max_minutes: () => max_minutes,
  min_effect: () => min_effect,
  precision: () => precision,
  python: () => python,
  repetitions: () => repetitions,
  tasks: () => tasks,
  workers: () => workers
});
var import_equal = __toESM(require_equal(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var full = validate39;
var schema12 = { "type": "object", "description": "The full shape. Every field is optional; omitted fields take the defaults shown on each field. Any other key is an error.", "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, so editors can complete and check the file. Ignored by the tool." }, "workers": { "$ref": "#/definitions/workers" }, "tasks": { "$ref": "#/definitions/tasks" }, "repetitions": { "$ref": "#/definitions/repetitions" }, "max_minutes": { "$ref": "#/definitions/max_minutes" }, "precision": { "$ref": "#/definitions/precision" }, "strategies": { "$ref": "#/definitions/strategies" }, "python": { "$ref": "#/definitions/python" }, "timeout_s": { "$ref": "#/definitions/timeout_s" }, "network": { "$ref": "#/definitions/network" }, "regression": { "$ref": "#/definitions/regression" }, "workloads": { "$ref": "#/definitions/workloads" } }, "additionalProperties": false };
var schema13 = { "description": `Size of each pool. "auto" (default) = the machine's available parallelism. A list such as [1, 2, 4, 8] is a sweep: every model runs at each size, and the report fits a scaling curve. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`, "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 256 }, { "type": "array", "items": { "type": "integer", "minimum": 1, "maximum": 256 }, "minItems": 1, "maxItems": 12, "uniqueItems": true }] };
var schema14 = { "description": 'Tasks submitted per run. "auto" (default) = workers. Capped at 10000 so a mistyped value cannot queue a day of work.', "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 1e4 }] };
var schema15 = { "description": `Rounds per cell; each round runs the serial baseline, then every strategy once, and each speedup is taken against its own round's serial run. "auto" (default): at least 3 rounds, and more (up to 30) while a cell's speedup interval is wider than precision, within max_minutes. A number: exactly that many rounds. At most 100.`, "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 100 }] };
var schema16 = { "description": `Time budget of the whole run, in minutes: the runner's ceiling, calibration and rounds. Groups of cells whose minimum rounds cannot fit are skipped before anything is measured, and named in the report; extra rounds (repetitions "auto") go where a verdict is still open, while they fit. The run ends within about 10% of it. Default 4.75 (the default matrix ends within 5 minutes on 2 cores).`, "default": 4.75, "type": "number", "exclusiveMinimum": 0, "maximum": 1440 };
var schema17 = { "description": `Target half-width of each cell's speedup interval, relative to its median: 0.05 (default) = \xB15%. With repetitions "auto", rounds are added to a cell while its interval is wider, within max_minutes.`, "default": 0.05, "type": "number", "minimum": 5e-3, "maximum": 0.5 };
var schema18 = { "description": "Concurrency models to measure, each at most once. Default: all 6.", "default": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"], "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"] } };
var schema19 = { "description": 'Python interpreters to run the Python strategies with (command names or paths, e.g. "python3.14", "python3.14t"). A single string is one interpreter; each may appear once. Default ["python3"].', "default": ["python3"], "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }] };
var schema20 = { "description": "Seconds one task may run, from when a worker takes it, before its pool is torn down and the cell marked failed (a task that blocks the runner itself, such as an endless loop in the serial or event-loop run, is stopped when the repetition reaches timeout_s \xD7 (2 \xD7 tasks + 1): the tasks run twice, cold and warm). Default 600. More than 0, at most 86400 (one day).", "default": 600, "type": "number", "exclusiveMinimum": 0, "maximum": 86400 };
var schema21 = { "description": "Target of the built-in network workload. By default the tool serves a ~1.2 KiB page on 127.0.0.1 after latency_ms; url sends the requests elsewhere.", "type": "object", "properties": { "url": { "description": "http:// or https:// URL to GET instead of the local server; null (default) = the local server.", "default": null, "anyOf": [{ "type": "null" }, { "type": "string", "format": "uri", "pattern": "^https?://" }] }, "latency_ms": { "description": "Delay of the local server before it answers, in milliseconds. Default 50 (a WAN round trip). 0 to 60000.", "default": 50, "type": "number", "minimum": 0, "maximum": 6e4 } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func0 = import_equal.default.default;
var func4 = import_ucs2length.default.default;
var formats0 = { uri: { type: "string", validate: (s) => URL.canParse(s) } }.uri;
var pattern0 = new RegExp("^https?://", "u");
var schema22 = { "description": "The regression gates (--baseline-tree and --compare-to): a cell regressed when its rounds' ratios (head \xF7 base in the same rounds; against another run's file, of the speedups) are shown above 1 + min_effect/2 by a one-sided sign test with a median of at least 1 + min_effect, the false discovery rate across cells held at alpha (Benjamini\u2013Hochberg). The wall-time gate (--fail-on-regression) and the memory gate (--fail-on-memory-regression) use the same thresholds.", "type": "object", "additionalProperties": false, "properties": { "min_effect": { "$ref": "#/definitions/min_effect" }, "alpha": { "$ref": "#/definitions/alpha" } } };
var schema23 = { "description": "Smallest change of a cell's median that counts as a regression or an improvement: 0.1 (default) = 10%.", "default": 0.1, "type": "number", "exclusiveMinimum": 0, "maximum": 10 };
var schema24 = { "description": "The false discovery rate across cells of the regression gates (Benjamini\u2013Hochberg over one-sided sign tests): 0.05 (default). A cell needs 5 paired rounds to be tested at all.", "default": 0.05, "type": "number", "exclusiveMinimum": 0, "maximum": 0.5 };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min_effect" || key0 === "alpha")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema22, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.min_effect !== void 0) {
      let data0 = data.min_effect;
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 10 || isNaN(data0)) {
          const err1 = { instancePath: instancePath + "/min_effect", schemaPath: "#/definitions/min_effect/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema23, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        if (data0 <= 0 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/min_effect", schemaPath: "#/definitions/min_effect/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/min_effect", schemaPath: "#/definitions/min_effect/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.type, parentSchema: schema23, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.alpha !== void 0) {
      let data1 = data.alpha;
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 > 0.5 || isNaN(data1)) {
          const err4 = { instancePath: instancePath + "/alpha", schemaPath: "#/definitions/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema24, data: data1 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data1 <= 0 || isNaN(data1)) {
          const err5 = { instancePath: instancePath + "/alpha", schemaPath: "#/definitions/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema24, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/alpha", schemaPath: "#/definitions/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.type, parentSchema: schema24, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
var schema25 = { "description": `Workload name \u2192 levels. cpu, memory, io, network, transfer, transfer_objects and sleep are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`, "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" }, "transfer": { "$ref": "#/definitions/levels_transfer" }, "transfer_objects": { "$ref": "#/definitions/levels_transfer_objects" }, "sleep": { "$ref": "#/definitions/levels_sleep" } }, "additionalProperties": { "$ref": "#/definitions/user_workload" } };
var schema39 = { "description": "Level name \u2192 n KiB: receive n KiB of bytes, return a copy of the same size. Positive integer, at most 262144 (256 MiB). Not a duration: the size is what is measured.", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 262144 } };
var schema40 = { "description": "Level name \u2192 n KiB: receive about n KiB of small objects (16 a KiB), return a copy of the same size. Positive integer, at most 262144 (256 MiB). Not a duration: the size is what is measured.", "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 262144 } };
var schema26 = { "description": "Your own workload. module is relative to this config file. JS/TS modules (.js, .mjs, .cjs, .ts, .mts) name the function with export; Python modules (.py) with function.", "type": "object", "required": ["module"], "properties": { "module": { "description": "Path of the module, relative to this config file.", "type": "string", "pattern": "\\.(js|mjs|cjs|ts|mts|py)$" } }, "if": { "required": ["module"], "properties": { "module": { "type": "string", "pattern": "\\.py$" } } }, "then": { "$ref": "#/definitions/python_workload" }, "else": { "$ref": "#/definitions/node_workload" } };
var pattern1 = new RegExp("\\.py$", "u");
var pattern2 = new RegExp("\\.(js|mjs|cjs|ts|mts|py)$", "u");
var schema27 = { "type": "object", "required": ["module", "function", "levels"], "properties": { "module": { "description": "Path of the .py module, relative to this config file.", "type": "string" }, "function": { "description": "Name of the module-level function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
var schema28 = { "description": 'Level name \u2192 the argument passed to your function (any JSON value except null). A duration such as "100ms" or "1s" instead means: call it with a number, calibrated so that one task takes that long serially (your function must take a number that scales its work).', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": ["string", "number", "boolean", "object", "array"] } };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.function === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema27.required, parentSchema: schema27, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "function" || key0 === "levels")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data };
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
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.module.type, parentSchema: schema27.properties.module, data: data0 };
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
          const err5 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.function, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.function.type, parentSchema: schema27.properties.function, data: data1 };
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
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data: data2 };
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
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.propertyNames, data: key1, propertyName: key1 };
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
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema28.propertyNames, parentSchema: schema28, data: data2 };
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
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema28.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema28.additionalProperties.type, parentSchema: schema28.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data };
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
var schema29 = { "type": "object", "required": ["module", "export", "levels"], "properties": { "module": { "description": "Path of the .js/.mjs/.cjs/.ts/.mts module, relative to this config file.", "type": "string" }, "export": { "description": "Name of the exported function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
function validate18(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.export === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "export" }, message: "must have required property 'export'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "export" || key0 === "levels")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
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
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.module.type, parentSchema: schema29.properties.module, data: data0 };
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
          const err5 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.export, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.export.type, parentSchema: schema29.properties.export, data: data1 };
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
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data: data2 };
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
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.propertyNames, data: key1, propertyName: key1 };
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
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema28.propertyNames, parentSchema: schema28, data: data2 };
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
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema28.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema28.additionalProperties.type, parentSchema: schema28.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate18.errors = vErrors;
  return errors === 0;
}
function validate15(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (!validate16(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs5 === errors;
    valid0 = _valid0;
    ifClause0 = "then";
  } else {
    const _errs6 = errors;
    if (!validate18(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate18.errors : vErrors.concat(validate18.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs6 === errors;
    valid0 = _valid0;
    ifClause0 = "else";
  }
  if (!valid0) {
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema26.if, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema26.required, parentSchema: schema26, data };
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
          const err5 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/pattern", keyword: "pattern", params: { pattern: "\\.(js|mjs|cjs|ts|mts|py)$" }, message: 'must match pattern "\\.(js|mjs|cjs|ts|mts|py)$"', schema: "\\.(js|mjs|cjs|ts|mts|py)$", parentSchema: schema26.properties.module, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.module.type, parentSchema: schema26.properties.module, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate15.errors = vErrors;
  return errors === 0;
}
var schema31 = { "description": 'Level name \u2192 n iterations: s = i*i for i in 0..n. Positive integer, at most 1e12 (minutes per task in Node on a fast core, hours in CPython). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e12 }, { "$ref": "#/definitions/duration" }] } };
var schema32 = { "description": 'A task length instead of an argument: "10ms", "1.5s", "500us". The tool calibrates the argument so that one task, run serially, takes that long in each runtime.', "type": "string", "pattern": "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" };
var pattern3 = new RegExp("^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", "u");
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema31, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema31.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema31.propertyNames, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema31.additionalProperties.anyOf[0].type, parentSchema: schema31.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e12 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e12 }, message: "must be <= 1000000000000", schema: 1e12, parentSchema: schema31.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema31.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!pattern3.test(data0)) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.additionalProperties.anyOf, parentSchema: schema31.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
var schema33 = { "description": `Level name \u2192 n list items: build a list of 0..n, sum it. Positive integer, at most 1e10 (more than any runner's memory holds). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.`, "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e10 }, { "$ref": "#/definitions/duration" }] } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema33, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema33.propertyNames, parentSchema: schema33, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema33.additionalProperties.anyOf[0].type, parentSchema: schema33.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e10 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema33.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema33.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!pattern3.test(data0)) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema33.additionalProperties.anyOf, parentSchema: schema33.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema33.type, parentSchema: schema33, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
var schema35 = { "description": 'Level name \u2192 n MiB: write n MiB to a temp file, read it back, delete it. Positive integer, at most 100000 (about 98 GiB). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e5 }, { "$ref": "#/definitions/duration" }] } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema35, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema35.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema35.propertyNames, parentSchema: schema35, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.additionalProperties.anyOf[0].type, parentSchema: schema35.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e5 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema35.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!pattern3.test(data0)) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.additionalProperties.anyOf, parentSchema: schema35.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.type, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
var schema37 = { "description": 'Level name \u2192 n requests: n sequential HTTP GETs (fresh connection each). Positive integer, at most 100000. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e5 }, { "$ref": "#/definitions/duration" }] } };
function validate27(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema37, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema37.propertyNames, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.additionalProperties.anyOf[0].type, parentSchema: schema37.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e5 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema37.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema37.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!pattern3.test(data0)) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema37.additionalProperties.anyOf, parentSchema: schema37.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate27.errors = vErrors;
  return errors === 0;
}
var schema41 = { "description": 'Level name \u2192 n milliseconds: wait n ms on a timer, no CPU (the event loop waits for every task at once). Positive integer, at most 600000 (ten minutes, the default timeout_s). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 6e5 }, { "$ref": "#/definitions/duration" }] } };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema41.propertyNames, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs4 = errors;
      let valid2 = false;
      const _errs5 = errors;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema41.additionalProperties.anyOf[0].type, parentSchema: schema41.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 6e5 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e5 }, message: "must be <= 600000", schema: 6e5, parentSchema: schema41.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema41.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      }
      var _valid0 = _errs5 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs7 = errors;
        if (typeof data0 === "string") {
          if (!pattern3.test(data0)) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema32, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs7 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema41.additionalProperties.anyOf, parentSchema: schema41.additionalProperties, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs4;
        if (vErrors !== null) {
          if (_errs4) {
            vErrors.length = _errs4;
          } else {
            vErrors = null;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema25.propertyNames, parentSchema: schema25, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!(key1 === "cpu" || key1 === "memory" || key1 === "io" || key1 === "network" || key1 === "transfer" || key1 === "transfer_objects" || key1 === "sleep")) {
        if (!validate15(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData })) {
          vErrors = vErrors === null ? validate15.errors : vErrors.concat(validate15.errors);
          errors = vErrors.length;
        }
      }
    }
    if (data.cpu !== void 0) {
      if (!validate21(data.cpu, { instancePath: instancePath + "/cpu", parentData: data, parentDataProperty: "cpu", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.memory !== void 0) {
      if (!validate23(data.memory, { instancePath: instancePath + "/memory", parentData: data, parentDataProperty: "memory", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.io !== void 0) {
      if (!validate25(data.io, { instancePath: instancePath + "/io", parentData: data, parentDataProperty: "io", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.network !== void 0) {
      if (!validate27(data.network, { instancePath: instancePath + "/network", parentData: data, parentDataProperty: "network", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
    if (data.transfer !== void 0) {
      let data5 = data.transfer;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        if (Object.keys(data5).length < 1) {
          const err3 = { instancePath: instancePath + "/transfer", schemaPath: "#/definitions/levels_transfer/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema39, data: data5 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key2 in data5) {
          const _errs11 = errors;
          if (typeof key2 === "string") {
            if (func4(key2) < 1) {
              const err4 = { instancePath: instancePath + "/transfer", schemaPath: "#/definitions/levels_transfer/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema39.propertyNames, data: key2, propertyName: key2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid4 = _errs11 === errors;
          if (!valid4) {
            const err5 = { instancePath: instancePath + "/transfer", schemaPath: "#/definitions/levels_transfer/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid", schema: schema39.propertyNames, parentSchema: schema39, data: data5 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key3 in data5) {
          let data6 = data5[key3];
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err6 = { instancePath: instancePath + "/transfer/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.additionalProperties.type, parentSchema: schema39.additionalProperties, data: data6 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 > 262144 || isNaN(data6)) {
              const err7 = { instancePath: instancePath + "/transfer/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 262144 }, message: "must be <= 262144", schema: 262144, parentSchema: schema39.additionalProperties, data: data6 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data6 < 1 || isNaN(data6)) {
              const err8 = { instancePath: instancePath + "/transfer/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.additionalProperties, data: data6 };
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
        const err9 = { instancePath: instancePath + "/transfer", schemaPath: "#/definitions/levels_transfer/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.transfer_objects !== void 0) {
      let data7 = data.transfer_objects;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        if (Object.keys(data7).length < 1) {
          const err10 = { instancePath: instancePath + "/transfer_objects", schemaPath: "#/definitions/levels_transfer_objects/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema40, data: data7 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
        for (const key4 in data7) {
          const _errs18 = errors;
          if (typeof key4 === "string") {
            if (func4(key4) < 1) {
              const err11 = { instancePath: instancePath + "/transfer_objects", schemaPath: "#/definitions/levels_transfer_objects/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema40.propertyNames, data: key4, propertyName: key4 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          }
          var valid7 = _errs18 === errors;
          if (!valid7) {
            const err12 = { instancePath: instancePath + "/transfer_objects", schemaPath: "#/definitions/levels_transfer_objects/propertyNames", keyword: "propertyNames", params: { propertyName: key4 }, message: "property name must be valid", schema: schema40.propertyNames, parentSchema: schema40, data: data7 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        for (const key5 in data7) {
          let data8 = data7[key5];
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err13 = { instancePath: instancePath + "/transfer_objects/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer_objects/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema40.additionalProperties.type, parentSchema: schema40.additionalProperties, data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 > 262144 || isNaN(data8)) {
              const err14 = { instancePath: instancePath + "/transfer_objects/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer_objects/additionalProperties/maximum", keyword: "maximum", params: { comparison: "<=", limit: 262144 }, message: "must be <= 262144", schema: 262144, parentSchema: schema40.additionalProperties, data: data8 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
            if (data8 < 1 || isNaN(data8)) {
              const err15 = { instancePath: instancePath + "/transfer_objects/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/levels_transfer_objects/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema40.additionalProperties, data: data8 };
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
        const err16 = { instancePath: instancePath + "/transfer_objects", schemaPath: "#/definitions/levels_transfer_objects/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.sleep !== void 0) {
      if (!validate29(data.sleep, { instancePath: instancePath + "/sleep", parentData: data, parentDataProperty: "sleep", rootData })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
        if (!valid2) {
          const _errs10 = errors;
          if (Array.isArray(data1)) {
            if (data1.length > 12) {
              const err6 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items", schema: 12, parentSchema: schema13.anyOf[2], data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
            if (data1.length < 1) {
              const err7 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.anyOf[2], data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data2 = data1[i0];
              if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
                const err8 = { instancePath: instancePath + "/workers/" + i0, schemaPath: "#/definitions/workers/anyOf/2/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.anyOf[2].items.type, parentSchema: schema13.anyOf[2].items, data: data2 };
                if (vErrors === null) {
                  vErrors = [err8];
                } else {
                  vErrors.push(err8);
                }
                errors++;
              }
              if (typeof data2 == "number" && isFinite(data2)) {
                if (data2 > 256 || isNaN(data2)) {
                  const err9 = { instancePath: instancePath + "/workers/" + i0, schemaPath: "#/definitions/workers/anyOf/2/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema13.anyOf[2].items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err9];
                  } else {
                    vErrors.push(err9);
                  }
                  errors++;
                }
                if (data2 < 1 || isNaN(data2)) {
                  const err10 = { instancePath: instancePath + "/workers/" + i0, schemaPath: "#/definitions/workers/anyOf/2/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.anyOf[2].items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              }
            }
            let i1 = data1.length;
            let j0;
            if (i1 > 1) {
              const indices0 = {};
              for (; i1--; ) {
                let item0 = data1[i1];
                if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
                  continue;
                }
                if (typeof indices0[item0] == "number") {
                  j0 = indices0[item0];
                  const err11 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/2/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.anyOf[2], data: data1 };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                  break;
                }
                indices0[item0] = i1;
              }
            }
          } else {
            const err12 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.anyOf[2].type, parentSchema: schema13.anyOf[2], data: data1 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid2 = valid2 || _valid0;
        }
      }
      if (!valid2) {
        const err13 = { instancePath: instancePath + "/workers", schemaPath: "#/definitions/workers/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
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
      let data3 = data.tasks;
      const _errs16 = errors;
      let valid7 = false;
      const _errs17 = errors;
      if ("auto" !== data3) {
        const err14 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema14.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs17 === errors;
      valid7 = valid7 || _valid1;
      if (!valid7) {
        const _errs18 = errors;
        if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
          const err15 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema14.anyOf[1].type, parentSchema: schema14.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
        if (typeof data3 == "number" && isFinite(data3)) {
          if (data3 > 1e4 || isNaN(data3)) {
            const err16 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e4 }, message: "must be <= 10000", schema: 1e4, parentSchema: schema14.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (data3 < 1 || isNaN(data3)) {
            const err17 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema14.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        var _valid1 = _errs18 === errors;
        valid7 = valid7 || _valid1;
      }
      if (!valid7) {
        const err18 = { instancePath: instancePath + "/tasks", schemaPath: "#/definitions/tasks/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.anyOf, parentSchema: schema14, data: data3 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.repetitions !== void 0) {
      let data4 = data.repetitions;
      const _errs22 = errors;
      let valid9 = false;
      const _errs23 = errors;
      if ("auto" !== data4) {
        const err19 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema15.anyOf[0], data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      var _valid2 = _errs23 === errors;
      valid9 = valid9 || _valid2;
      if (!valid9) {
        const _errs24 = errors;
        if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
          const err20 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data4 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (typeof data4 == "number" && isFinite(data4)) {
          if (data4 > 100 || isNaN(data4)) {
            const err21 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
          if (data4 < 1 || isNaN(data4)) {
            const err22 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.anyOf[1], data: data4 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
        var _valid2 = _errs24 === errors;
        valid9 = valid9 || _valid2;
      }
      if (!valid9) {
        const err23 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      } else {
        errors = _errs22;
        if (vErrors !== null) {
          if (_errs22) {
            vErrors.length = _errs22;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max_minutes !== void 0) {
      let data5 = data.max_minutes;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 1440 || isNaN(data5)) {
          const err24 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data5 <= 0 || isNaN(data5)) {
          const err25 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.precision !== void 0) {
      let data6 = data.precision;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 > 0.5 || isNaN(data6)) {
          const err27 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema17, data: data6 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data6 < 5e-3 || isNaN(data6)) {
          const err28 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5e-3 }, message: "must be >= 0.005", schema: 5e-3, parentSchema: schema17, data: data6 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      } else {
        const err29 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.type, parentSchema: schema17, data: data6 };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data.strategies !== void 0) {
      let data7 = data.strategies;
      if (Array.isArray(data7)) {
        if (data7.length < 1) {
          const err30 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18, data: data7 };
          if (vErrors === null) {
            vErrors = [err30];
          } else {
            vErrors.push(err30);
          }
          errors++;
        }
        const len1 = data7.length;
        for (let i2 = 0; i2 < len1; i2++) {
          let data8 = data7[i2];
          if (!(data8 === "event-loop" || data8 === "worker-threads" || data8 === "child-processes" || data8 === "thread-pool" || data8 === "process-pool" || data8 === "interpreter-pool")) {
            const err31 = { instancePath: instancePath + "/strategies/" + i2, schemaPath: "#/definitions/strategies/items/enum", keyword: "enum", params: { allowedValues: schema18.items.enum }, message: "must be equal to one of the allowed values", schema: schema18.items.enum, parentSchema: schema18.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
        let i3 = data7.length;
        let j1;
        if (i3 > 1) {
          outer0: for (; i3--; ) {
            for (j1 = i3; j1--; ) {
              if (func0(data7[i3], data7[j1])) {
                const err32 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema18, data: data7 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err33 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data: data7 };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.python !== void 0) {
      let data9 = data.python;
      const _errs38 = errors;
      let valid17 = false;
      const _errs39 = errors;
      if (typeof data9 === "string") {
        if (func4(data9) < 1) {
          const err34 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[0], data: data9 };
          if (vErrors === null) {
            vErrors = [err34];
          } else {
            vErrors.push(err34);
          }
          errors++;
        }
      } else {
        const err35 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[0].type, parentSchema: schema19.anyOf[0], data: data9 };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      var _valid3 = _errs39 === errors;
      valid17 = valid17 || _valid3;
      if (!valid17) {
        const _errs41 = errors;
        if (Array.isArray(data9)) {
          if (data9.length < 1) {
            const err36 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.anyOf[1], data: data9 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
          const len2 = data9.length;
          for (let i4 = 0; i4 < len2; i4++) {
            let data10 = data9[i4];
            if (typeof data10 === "string") {
              if (func4(data10) < 1) {
                const err37 = { instancePath: instancePath + "/python/" + i4, schemaPath: "#/definitions/python/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[1].items, data: data10 };
                if (vErrors === null) {
                  vErrors = [err37];
                } else {
                  vErrors.push(err37);
                }
                errors++;
              }
            } else {
              const err38 = { instancePath: instancePath + "/python/" + i4, schemaPath: "#/definitions/python/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[1].items.type, parentSchema: schema19.anyOf[1].items, data: data10 };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          }
          let i5 = data9.length;
          let j2;
          if (i5 > 1) {
            const indices1 = {};
            for (; i5--; ) {
              let item1 = data9[i5];
              if (typeof item1 !== "string") {
                continue;
              }
              if (typeof indices1[item1] == "number") {
                j2 = indices1[item1];
                const err39 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)", schema: true, parentSchema: schema19.anyOf[1], data: data9 };
                if (vErrors === null) {
                  vErrors = [err39];
                } else {
                  vErrors.push(err39);
                }
                errors++;
                break;
              }
              indices1[item1] = i5;
            }
          }
        } else {
          const err40 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.anyOf[1].type, parentSchema: schema19.anyOf[1], data: data9 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
        var _valid3 = _errs41 === errors;
        valid17 = valid17 || _valid3;
      }
      if (!valid17) {
        const err41 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.anyOf, parentSchema: schema19, data: data9 };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      } else {
        errors = _errs38;
        if (vErrors !== null) {
          if (_errs38) {
            vErrors.length = _errs38;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.timeout_s !== void 0) {
      let data11 = data.timeout_s;
      if (typeof data11 == "number" && isFinite(data11)) {
        if (data11 > 86400 || isNaN(data11)) {
          const err42 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema20, data: data11 };
          if (vErrors === null) {
            vErrors = [err42];
          } else {
            vErrors.push(err42);
          }
          errors++;
        }
        if (data11 <= 0 || isNaN(data11)) {
          const err43 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20, data: data11 };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
      } else {
        const err44 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data11 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data12 = data.network;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          if (!(key1 === "url" || key1 === "latency_ms")) {
            const err45 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data: data12 };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
        }
        if (data12.url !== void 0) {
          let data13 = data12.url;
          const _errs53 = errors;
          let valid24 = false;
          const _errs54 = errors;
          if (data13 !== null) {
            const err46 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema21.properties.url.anyOf[0].type, parentSchema: schema21.properties.url.anyOf[0], data: data13 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          var _valid4 = _errs54 === errors;
          valid24 = valid24 || _valid4;
          if (!valid24) {
            const _errs56 = errors;
            if (typeof data13 === "string") {
              if (!pattern0.test(data13)) {
                const err47 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema21.properties.url.anyOf[1], data: data13 };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
              if (!formats0.validate(data13)) {
                const err48 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema21.properties.url.anyOf[1], data: data13 };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            } else {
              const err49 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.url.anyOf[1].type, parentSchema: schema21.properties.url.anyOf[1], data: data13 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
            var _valid4 = _errs56 === errors;
            valid24 = valid24 || _valid4;
          }
          if (!valid24) {
            const err50 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema21.properties.url.anyOf, parentSchema: schema21.properties.url, data: data13 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          } else {
            errors = _errs53;
            if (vErrors !== null) {
              if (_errs53) {
                vErrors.length = _errs53;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data12.latency_ms !== void 0) {
          let data14 = data12.latency_ms;
          if (typeof data14 == "number" && isFinite(data14)) {
            if (data14 > 6e4 || isNaN(data14)) {
              const err51 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e4 }, message: "must be <= 60000", schema: 6e4, parentSchema: schema21.properties.latency_ms, data: data14 };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
            if (data14 < 0 || isNaN(data14)) {
              const err52 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.latency_ms, data: data14 };
              if (vErrors === null) {
                vErrors = [err52];
              } else {
                vErrors.push(err52);
              }
              errors++;
            }
          } else {
            const err53 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.latency_ms.type, parentSchema: schema21.properties.latency_ms, data: data14 };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
      } else {
        const err54 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data: data12 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.regression !== void 0) {
      if (!validate12(data.regression, { instancePath: instancePath + "/regression", parentData: data, parentDataProperty: "regression", rootData })) {
        vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
        errors = vErrors.length;
      }
    }
    if (data.workloads !== void 0) {
      if (!validate14(data.workloads, { instancePath: instancePath + "/workloads", parentData: data, parentDataProperty: "workloads", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err55 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err55];
    } else {
      vErrors.push(err55);
    }
    errors++;
  }
  validate39.errors = vErrors;
  return errors === 0;
}
var levels_only = validate42;
var schema43 = { "type": "object", "description": "The levels-only shape (the study's own file is one): built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.", "minProperties": 1, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" } }, "additionalProperties": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cpu" || key0 === "memory" || key0 === "io" || key0 === "network")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      if (!validate21(data.cpu, { instancePath: instancePath + "/cpu", parentData: data, parentDataProperty: "cpu", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.memory !== void 0) {
      if (!validate23(data.memory, { instancePath: instancePath + "/memory", parentData: data, parentDataProperty: "memory", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.io !== void 0) {
      if (!validate25(data.io, { instancePath: instancePath + "/io", parentData: data, parentDataProperty: "io", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.network !== void 0) {
      if (!validate27(data.network, { instancePath: instancePath + "/network", parentData: data, parentDataProperty: "network", rootData })) {
        vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
var workers = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (!valid0) {
      const _errs4 = errors;
      if (Array.isArray(data)) {
        if (data.length > 12) {
          const err4 = { instancePath, schemaPath: "#/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 12 }, message: "must NOT have more than 12 items", schema: 12, parentSchema: schema13.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data.length < 1) {
          const err5 = { instancePath, schemaPath: "#/anyOf/2/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema13.anyOf[2], data };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data0 = data[i0];
          if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
            const err6 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/2/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema13.anyOf[2].items.type, parentSchema: schema13.anyOf[2].items, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (typeof data0 == "number" && isFinite(data0)) {
            if (data0 > 256 || isNaN(data0)) {
              const err7 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/2/items/maximum", keyword: "maximum", params: { comparison: "<=", limit: 256 }, message: "must be <= 256", schema: 256, parentSchema: schema13.anyOf[2].items, data: data0 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data0 < 1 || isNaN(data0)) {
              const err8 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/2/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema13.anyOf[2].items, data: data0 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          }
        }
        let i1 = data.length;
        let j0;
        if (i1 > 1) {
          const indices0 = {};
          for (; i1--; ) {
            let item0 = data[i1];
            if (!(typeof item0 == "number" && (!(item0 % 1) && !isNaN(item0)) && isFinite(item0))) {
              continue;
            }
            if (typeof indices0[item0] == "number") {
              j0 = indices0[item0];
              const err9 = { instancePath, schemaPath: "#/anyOf/2/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema13.anyOf[2], data };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
              break;
            }
            indices0[item0] = i1;
          }
        }
      } else {
        const err10 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema13.anyOf[2].type, parentSchema: schema13.anyOf[2], data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      var _valid0 = _errs4 === errors;
      valid0 = valid0 || _valid0;
    }
  }
  if (!valid0) {
    const err11 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema13.anyOf, parentSchema: schema13, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
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
  validate47.errors = vErrors;
  return errors === 0;
}
var tasks = validate48;
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate48.errors = vErrors;
  return errors === 0;
}
var repetitions = validate49;
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if ("auto" !== data) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema15.anyOf[0], data };
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
      const err1 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (typeof data == "number" && isFinite(data)) {
      if (data > 100 || isNaN(data)) {
        const err2 = { instancePath, schemaPath: "#/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15.anyOf[1], data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data < 1 || isNaN(data)) {
        const err3 = { instancePath, schemaPath: "#/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.anyOf[1], data };
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
    const err4 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data };
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
  validate49.errors = vErrors;
  return errors === 0;
}
var max_minutes = validate50;
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number" && isFinite(data)) {
    if (data > 1440 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data <= 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema16, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.type, parentSchema: schema16, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
var precision = validate51;
function validate51(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number" && isFinite(data)) {
    if (data > 0.5 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data < 5e-3 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5e-3 }, message: "must be >= 0.005", schema: 5e-3, parentSchema: schema17, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.type, parentSchema: schema17, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate51.errors = vErrors;
  return errors === 0;
}
var python = validate52;
function validate52(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data === "string") {
    if (func4(data) < 1) {
      const err0 = { instancePath, schemaPath: "#/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[0], data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[0].type, parentSchema: schema19.anyOf[0], data };
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
        const err2 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.anyOf[1], data };
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
            const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[1].items, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        } else {
          const err4 = { instancePath: instancePath + "/" + i0, schemaPath: "#/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[1].items.type, parentSchema: schema19.anyOf[1].items, data: data0 };
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
            const err5 = { instancePath, schemaPath: "#/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema19.anyOf[1], data };
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
      const err6 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.anyOf[1].type, parentSchema: schema19.anyOf[1], data };
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
    const err7 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.anyOf, parentSchema: schema19, data };
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
  validate52.errors = vErrors;
  return errors === 0;
}
var min_effect = validate53;
function validate53(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number" && isFinite(data)) {
    if (data > 10 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 10 }, message: "must be <= 10", schema: 10, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data <= 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema23, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema23.type, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate53.errors = vErrors;
  return errors === 0;
}
var alpha = validate54;
function validate54(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (typeof data == "number" && isFinite(data)) {
    if (data > 0.5 || isNaN(data)) {
      const err0 = { instancePath, schemaPath: "#/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data <= 0 || isNaN(data)) {
      const err1 = { instancePath, schemaPath: "#/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema24, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate54.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
function validateAgainst(definition, data) {
  const fn = validators_generated_exports[definition];
  return fn(data) ? [] : [...fn.errors ?? []];
}

// src/config/overrides.ts
var OVERRIDE_FLAGS = [
  "strategies",
  "workloads",
  "levels",
  "workers",
  "tasks",
  "repetitions",
  "max-minutes",
  "python",
  "min-effect",
  "alpha"
];
function applyOverrides(config, overrides) {
  const strategyNames = toList(overrides.strategies);
  const workloadNames = toList(overrides.workloads);
  const levelNames = toList(overrides.levels);
  const python3 = toList(overrides.python);
  const number = (flag, definition, configured) => {
    const text3 = overrides[flag]?.trim();
    return text3 ? checked2(`--${flag}`, definition, toNumber(text3)) : configured;
  };
  const strategies = strategyNames ? select("--strategies", "strategy", strategyNames, config.strategies, STRATEGY_IDS) : [...config.strategies];
  let workloads = config.workloads.map(copyWorkload);
  if (workloadNames) {
    const kept = select(
      "--workloads",
      "workload",
      workloadNames,
      workloads.map((w) => w.name),
      []
    );
    workloads = workloads.filter((w) => kept.includes(w.name));
  }
  if (levelNames) workloads = filterLevels(workloads, levelNames);
  if (strategyNames || workloadNames || levelNames) assertSomethingRuns(strategies, workloads);
  return {
    ...config,
    workers: workersOverride(overrides.workers, config.workers),
    tasks: number("tasks", "tasks", config.tasks),
    repetitions: number("repetitions", "repetitions", config.repetitions),
    max_minutes: number("max-minutes", "max_minutes", config.max_minutes),
    python: python3 ? checked2("--python", "python", python3) : [...config.python],
    strategies,
    network: { ...config.network },
    regression: {
      min_effect: number("min-effect", "min_effect", config.regression.min_effect),
      alpha: number("alpha", "alpha", config.regression.alpha)
    },
    workloads
  };
}
function workersOverride(text3, configured) {
  const trimmed = text3?.trim();
  if (!trimmed) return Array.isArray(configured) ? [...configured] : configured;
  const value = trimmed.includes(",") ? (toList(trimmed) ?? []).map(toNumber) : toNumber(trimmed);
  return checked2("--workers", "workers", value);
}
function toList(value) {
  if (value === void 0) return void 0;
  const items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  const unique = [...new Set(items)];
  return unique.length === 0 ? void 0 : unique;
}
function toNumber(text3) {
  return /^-?\d+(\.\d+)?$/.test(text3) ? Number(text3) : text3;
}
function checked2(flag, definition, value) {
  const errors = validateAgainst(definition, value);
  if (errors.length === 0) return value;
  const explained = explainAjvErrors(errors, value);
  const inner = formatPath(explained.segments);
  const where2 = inner === "" || inner.startsWith("[") ? `${flag}${inner}` : `${flag}.${inner}`;
  throw new ConfigError(where2, explained.message);
}
function select(flag, noun, wanted, configured, known) {
  for (const name of wanted) {
    if (configured.includes(name)) continue;
    if (known.includes(name)) {
      throw new ConfigError(flag, `${noun} "${name}" is not in the config (it has: ${configured.join(", ")})`);
    }
    const guess = closest(name, configured.length > 0 ? configured : known);
    throw new ConfigError(
      flag,
      `unknown ${noun} "${name}" (the config has: ${configured.join(", ")})${didYouMean(guess)}`
    );
  }
  return configured.filter((name) => wanted.includes(name));
}
function filterLevels(workloads, wanted) {
  const existing = [...new Set(workloads.flatMap((w) => w.levels.map((l) => l.name)))];
  for (const name of wanted) {
    if (existing.includes(name)) continue;
    const guess = closest(name, existing);
    throw new ConfigError(
      "--levels",
      `unknown level "${name}" (the selected workloads have: ${existing.join(", ")})${didYouMean(guess)}`
    );
  }
  return workloads.map((w) => ({ ...w, levels: w.levels.filter((l) => wanted.includes(l.name)) })).filter((w) => w.levels.length > 0);
}
function assertSomethingRuns(strategies, workloads) {
  const runsOn = (w, s) => w.language === "any" || w.language === runtimeKindOf(s);
  if (workloads.some((w) => strategies.some((s) => runsOn(w, s)))) return;
  const described = workloads.map((w) => `${w.name} (${w.language === "any" ? "built-in" : RUNTIME_KINDS[w.language].language})`).join(", ");
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
    return fromData(DEFAULT_CONFIG, DEFAULT_SOURCE, cwd, Object.keys);
  }
  return loadFile(resolve2(cwd, path), path);
}
function loadBaseConfig(path, baseDir, opts = {}) {
  const cwd = resolve2(opts.cwd ?? process.cwd());
  const dir = resolve2(cwd, baseDir);
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory())
    throw new ConfigError(baseDir, "the baseline tree is not a folder (give a checkout of the base version)");
  const inTree = relative(cwd, resolve2(cwd, path ?? "config.json"));
  const file = resolve2(dir, inTree);
  if (existsSync(file)) return loadFile(file, join(baseDir, inTree));
  return fromData(DEFAULT_CONFIG, DEFAULT_SOURCE, dir, Object.keys);
}
function loadFile(absPath, label2) {
  const parsed = parseJson(readText(absPath, label2));
  if (!parsed.ok) throw new ConfigError(label2, parsed.reason);
  return fromData(parsed.value, label2, dirname(absPath), parsed.keyOrder);
}
function readText(absPath, label2) {
  try {
    return readFileSync(absPath, "utf8");
  } catch (err) {
    const code = err.code;
    const where2 = isAbsolute(label2) ? "" : ` (${absPath})`;
    if (code === "ENOENT") throw new ConfigError(label2, `file not found${where2}`);
    if (code === "EISDIR") throw new ConfigError(label2, `is a folder, not a file${where2}`);
    if (code === "EACCES" || code === "EPERM")
      throw new ConfigError(label2, `cannot read the file: permission denied${where2}`);
    throw new ConfigError(label2, `cannot read the file: ${code ?? err.message}${where2}`);
  }
}
function fromData(data, label2, baseDir, keyOrder) {
  const shape = detectShape(data);
  const errors = validateAgainst(shape, data);
  if (errors.length > 0) {
    const explained = explainAjvErrors(errors, data, shape);
    throw new ConfigError(label2, detailOf(explained), formatPath(explained.segments));
  }
  const config = toResolvedConfig(data, shape, { source: label2, baseDir, keyOrder });
  checkModulesExist(config, label2);
  return config;
}
function checkModulesExist(config, label2) {
  for (const workload of config.workloads) {
    if (workload.module === void 0) continue;
    const jsonPath = formatPath(["workloads", workload.name, "module"]);
    let stat;
    try {
      stat = statSync(workload.module, { throwIfNoEntry: false });
    } catch (err) {
      const code = err.code ?? err.message;
      throw new ConfigError(label2, `${jsonPath}: cannot access ${workload.module} (${code})`, jsonPath);
    }
    if (stat === void 0) throw new ConfigError(label2, `${jsonPath}: module not found: ${workload.module}`, jsonPath);
    if (!stat.isFile()) throw new ConfigError(label2, `${jsonPath}: not a file: ${workload.module}`, jsonPath);
  }
}

// src/measure/spawn-runner.ts
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

// src/measure/tree-memory.ts
var import_pidusage = __toESM(require_pidusage(), 1);
var FIRST_INTERVAL_MS = 50;
var LONGEST_INTERVAL_MS = 250;
var SHARE_OF_ELAPSED = 0.05;
var nextSampleDelayMs = (elapsedMs) => Math.min(LONGEST_INTERVAL_MS, Math.max(FIRST_INTERVAL_MS, elapsedMs * SHARE_OF_ELAPSED));
function rssReader(rootPid) {
  if (!hasProcFs())
    return {
      read: () => (0, import_pidusage.default)(rootPid).then(
        (stat) => stat.memory,
        () => 0
      ),
      close: () => import_pidusage.default.clear()
    };
  const tree = new ProcessTreeWatcher(rootPid);
  return { read: async () => tree.members().reduce((sum, p) => sum + p.rssBytes, 0), close: () => tree.close() };
}
function sampleTreeMemory(rootPid) {
  const rss = rssReader(rootPid);
  let peak = 0;
  let pending = Promise.resolve();
  const sample = () => {
    pending = pending.then(async () => {
      peak = Math.max(peak, await rss.read());
    });
    return pending;
  };
  const started = performance.now();
  let timer;
  const sampleLater = () => {
    timer = setTimeout(
      () => {
        void sample();
        sampleLater();
      },
      nextSampleDelayMs(performance.now() - started)
    );
  };
  void sample();
  sampleLater();
  let stopped;
  return {
    // once: a second call (the runner ended without a result after span-end) gets the same peak
    // rather than reopening the files the first one closed
    stop() {
      stopped ??= (async () => {
        clearTimeout(timer);
        await sample();
        rss.close();
        return peak;
      })();
      return stopped;
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
function lastErrorLine(text3) {
  return text3.split("\n").map((line) => line.trim()).filter((line) => /^[\w.]*(Error|Exception)\b.*:|^Fatal|out of memory/i.test(line)).pop();
}
function whyItEnded(code, signal, stderr) {
  const error = lastErrorLine(stderr);
  if (signal)
    return `the process was killed by ${signal}${error ? ` (${error})` : ""}: the workload crashed it or ran out of memory`;
  if (error) return error;
  return `the process exited with code ${code} before reporting a result: does the workload call process.exit() or os._exit()?`;
}
function runRepetition(runner, job, timeout, signal) {
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
    if (message.type === "span-start" && child.pid && job.mode !== "serial") sampler = sampleTreeMemory(child.pid);
    else if (message.type === "span-end" && sampler) peakMemory = sampler.stop();
    else if (message.type === "result") result = message;
    else if (message.type === "error") reportedError = message.message;
  });
  return new Promise((resolve5) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeout.ms);
    const onAbort = () => killGroup();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve5({ ok: false, error: `could not start ${runner.command}: ${error.message}` });
    });
    child.on("exit", () => {
      killGroup();
      setTimeout(() => {
        for (const stream of child.stdio) stream?.destroy();
      }, STRAY_PIPE_GRACE_MS).unref();
    });
    child.on("close", async (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (sampler && !result) await sampler.stop();
      if (signal?.aborted) {
        resolve5({ ok: false, error: CANCELLED, cancelled: true });
        return;
      }
      if (result && !timedOut) {
        const { wall_time, cpu_time, phases: phases2, cpu_phases, warm, info, calibration: calibration2 } = result;
        const repetition = {
          wall_time,
          cpu_time,
          phases: phases2,
          ...cpu_phases ? { cpu_phases } : {},
          peak_memory_bytes: await peakMemory,
          ...warm ? { warm } : {}
        };
        resolve5({ ok: true, repetition, info, ...calibration2 ? { calibration: calibration2 } : {} });
        return;
      }
      const error = timedOut ? `timed out after ${timeout.ms / 1e3} s (${timeout.what}): the runner and everything it started were killed` : reportedError ?? whyItEnded(code, exitSignal, stderrTail());
      resolve5({ ok: false, error });
    });
  });
}

// src/measure/calibrate.ts
var SERIAL_TOLERANCE = 0.05;
var SERIAL_RUNS = 2;
var RUNNER_START_S = 0.2;
var boundMs = (targets, taskTimeoutMs) => Math.min(taskTimeoutMs * 2, 3e4 + 4e4 * targets.reduce((a, b) => a + b, 0));
async function calibrateAll(needs, runnerFor, taskTimeoutMs, onDone, signal) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const need of needs) {
    if (signal?.aborted) break;
    const runner = runnerFor(need.cell);
    const job = {
      mode: "calibrate",
      workload: need.cell.workloadRef,
      arg: null,
      workers: 1,
      tasks: 1,
      targets_s: need.targets
    };
    const ms = boundMs(need.targets, taskTimeoutMs);
    const searched = await runRepetition(
      runner,
      job,
      { ms, what: "calibrating the argument of a duration level" },
      signal
    );
    if (!searched.ok && searched.cancelled) break;
    let outcome;
    if (!searched.ok || !searched.calibration)
      outcome = { ok: false, error: searched.ok ? "the runner returned no calibration" : searched.error };
    else {
      const points = [];
      for (const point of searched.calibration)
        points.push(await onSerialPath(point, need, runner, taskTimeoutMs, signal));
      if (signal?.aborted) break;
      outcome = { ok: true, points };
    }
    outcomes.set(need.key, outcome);
    onDone(need, outcome);
  }
  return outcomes;
}
async function onSerialPath(point, need, runner, taskTimeoutMs, signal) {
  const { tasks: tasks2 } = need.cell;
  const target = point.target_s;
  const searched = { ...point, source: "search" };
  const miss = (seconds2) => Math.abs(seconds2 / target - 1);
  if (point.seconds / point.arg > 2 * SERIAL_TOLERANCE * target) return searched;
  const serialRuns = async (arg) => {
    const samples = [];
    for (let run = 0; run < SERIAL_RUNS && !signal?.aborted; run++) {
      const job = {
        mode: "serial",
        workload: need.cell.workloadRef,
        arg,
        workers: 1,
        tasks: tasks2,
        task_timeout_s: taskTimeoutMs / 1e3,
        cold_only: true
      };
      const outcome = await runRepetition(
        runner,
        job,
        // cold_only: one batch
        {
          ms: REPETITION_TIMEOUT.ms(taskTimeoutMs, tasks2, 1),
          what: "checking a calibrated argument on the serial path"
        },
        signal
      );
      if (!outcome.ok) break;
      samples.push(outcome.repetition.wall_time / tasks2);
    }
    return samples;
  };
  const first = await serialRuns(point.arg);
  if (first.length === 0) return searched;
  let kept = { arg: point.arg, samples: first };
  if (miss(median(first)) > SERIAL_TOLERANCE) {
    const corrected = Math.max(1, Math.round(point.arg * target / median(first)));
    const second = corrected === point.arg ? [] : await serialRuns(corrected);
    if (second.length > 0 && miss(median(second)) < miss(median(first))) kept = { arg: corrected, samples: second };
  }
  const seconds = median(kept.samples);
  const offNote = `on the serial path, the closest argument took ${formatSeconds(seconds)} a task`;
  return {
    target_s: target,
    arg: kept.arg,
    seconds,
    samples: kept.samples,
    source: "serial",
    ...point.fit && kept.arg === point.arg ? { fit: point.fit } : {},
    ...miss(seconds) <= SERIAL_TOLERANCE ? {} : { note: offNote }
  };
}
function serialCheckCostEstimate(targets, tasks2) {
  return targets.reduce((sum, target) => sum + 2 * SERIAL_RUNS * (RUNNER_START_S + tasks2 * target), 0);
}

// src/measure/ceiling.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync2 } from "node:fs";
function readCpuTicks() {
  try {
    return parseProcStat(readFileSync2("/proc/stat", "utf8"));
  } catch {
    return void 0;
  }
}
function stealShare(before, after) {
  if (!before || !after || after.total <= before.total) return void 0;
  return Math.min(1, Math.max(0, (after.steal - before.steal) / (after.total - before.total)));
}
function parseProcStat(text3) {
  const line = /^cpu +(.*)$/m.exec(text3)?.[1];
  const fields = line?.trim().split(/\s+/).slice(0, 8);
  if (!fields || fields.length < 8 || !fields.every((f3) => /^\d+$/.test(f3))) return void 0;
  const ticks = fields.map(Number);
  return { steal: ticks[7], total: ticks.reduce((sum, t) => sum + t, 0) };
}
var BUSY_ARGS = [
  "--no-maglev",
  "--no-concurrent-osr",
  "--no-concurrent-recompilation",
  "-e",
  `/* concurrency-bench-ceiling */
function loop(n) { let x = 0; for (let i = 0; i < n; i++) x = (Math.imul(x, 31) + i) | 0; return x; }
console.log('ready');
process.stdin.on('end', () => {
  const start = performance.now(), x = loop(Number(process.argv[1]));
  console.log((performance.now() - start) / 1000, x);
}).resume();`
];
function runLoops(count, iterations, execPath, signal) {
  return new Promise((resolve5, reject) => {
    if (signal?.aborted) return reject(new Error("cancelled"));
    const children = [];
    const seconds = [];
    let failure;
    let running2 = count;
    let ready = 0;
    const fail = (error) => {
      failure ??= error;
      for (const child of children) child.kill("SIGKILL");
    };
    const onAbort = () => fail(new Error("cancelled"));
    signal?.addEventListener("abort", onAbort, { once: true });
    for (let i = 0; i < count; i++) {
      const child = spawn2(execPath, [...BUSY_ARGS, String(iterations)], { stdio: ["pipe", "pipe", "pipe"] });
      children.push(child);
      let stdout = "";
      let stderr = "";
      child.stdin.on("error", () => {
      });
      child.stdout.setEncoding("utf8").on("data", (chunk) => {
        const booted = stdout.startsWith("ready\n");
        stdout += chunk;
        if (!booted && stdout.startsWith("ready\n") && ++ready === count) for (const c of children) c.stdin.end();
      });
      child.stderr.setEncoding("utf8").on("data", (chunk) => stderr = (stderr + chunk).slice(-2e3));
      child.on("error", (error) => fail(new Error(`ceiling: could not start ${execPath}: ${error.message}`)));
      child.on("close", (code, killedBy) => {
        const printed = stdout.replace(/^ready\n/, "").trim();
        const value = Number(printed.split(" ")[0]);
        const why = stderr.trim().split("\n").pop();
        if (code !== 0)
          fail(
            new Error(
              `ceiling: the busy process ${killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`}${why ? ` (${why})` : ""}`
            )
          );
        else if (!(value > 0))
          fail(
            new Error(
              `ceiling: the busy process printed ${JSON.stringify(printed.slice(0, 80))}, not its loop seconds`
            )
          );
        else seconds[i] = value;
        if (--running2 > 0) return;
        signal?.removeEventListener("abort", onAbort);
        if (failure) reject(failure);
        else resolve5(seconds);
      });
    }
  });
}
async function measureCeiling(workers2, options = {}) {
  const { loopSeconds = 0.3, trials = 3, execPath = process.execPath, signal } = options;
  if (!Number.isInteger(workers2) || workers2 < 1)
    throw new Error(`ceiling: workers must be a whole number \u2265 1, not ${workers2}`);
  if (!(loopSeconds > 0) || !Number.isInteger(trials) || trials < 1)
    throw new Error(`ceiling: needs loopSeconds > 0 and whole trials \u2265 1, not ${loopSeconds} and ${trials}`);
  const run = (count, iterations2) => runLoops(count, iterations2, execPath, signal);
  let iterations = 1e6;
  let [seconds] = await run(1, iterations);
  while (seconds < Math.min(0.05, loopSeconds) && iterations < 1e12) {
    iterations *= 10;
    [seconds] = await run(1, iterations);
  }
  iterations = Math.max(1, Math.round(iterations * loopSeconds / seconds));
  const alone = [];
  const together = [];
  const samples = [];
  for (let trial = 0; trial < trials; trial++) {
    const [one] = await run(1, iterations);
    const all = await run(workers2, iterations);
    const slowest = Math.max(...all);
    alone.push(one);
    together.push(slowest);
    samples.push(workers2 * one / slowest);
  }
  return { workers: workers2, ratio: median(samples), alone_s: median(alone), together_s: median(together), samples, iterations };
}

// src/measure/executor.ts
function repetitionTimeout(taskTimeoutMs, tasks2) {
  return {
    ms: REPETITION_TIMEOUT.ms(taskTimeoutMs, tasks2),
    what: `config ${REPETITION_TIMEOUT.formula}: a task blocked the runner itself, e.g. an endless loop in a serial or event-loop run`
  };
}
function runnerExecutor(runnerFor) {
  return (cell2, job, signal) => {
    if (job.task_timeout_s === void 0) throw new Error("a scheduled job carries its task_timeout_s");
    const bound = repetitionTimeout(job.task_timeout_s * 1e3, job.tasks);
    return runRepetition(runnerFor(cell2), job, bound, signal);
  };
}

// src/plan/budget.ts
var REPETITION_OVERHEAD_S = 0.2;
function groupsOf(cells2) {
  const groups = /* @__PURE__ */ new Map();
  for (const cell2 of cells2) groups.set(cell2.baselineKey, [...groups.get(cell2.baselineKey) ?? [], cell2]);
  return [...groups.values()];
}
var taskSeconds = (cell2) => cell2.calibration?.measured_s ?? cell2.target_s ?? 0;
var serialEstimateS = (cell2) => 2 * cell2.tasks * taskSeconds(cell2) + REPETITION_OVERHEAD_S;
var runEstimateS = (cell2, cores) => 2 * cell2.tasks * taskSeconds(cell2) / Math.min(cell2.workers, cell2.tasks, cores) + REPETITION_OVERHEAD_S;
function roundEstimateS(cells2, cores) {
  const measured = cells2.filter((cell2) => !cell2.skip && !cell2.failure);
  const serialRuns = new Set(measured.map(treeOf)).size;
  if (measured.length === 0) return 0;
  return serialRuns * serialEstimateS(measured[0]) + measured.reduce((sum, cell2) => sum + runEstimateS(cell2, cores), 0);
}
var BUDGET_ADVICE = "raise max_minutes, or measure fewer workloads, levels or strategies";
var minutes = (budgetMs) => +(budgetMs / 6e4).toFixed(2);
var budgetReason = (needS, leftS, budgetMs) => `did not fit in the time budget: its minimum rounds need at least ${Math.ceil(needS)} s, and ${Math.max(0, Math.floor(leftS))} s were left of max_minutes ${minutes(budgetMs)}: ${BUDGET_ADVICE}`;
var BUDGET_SPENT = (budgetMs) => `did not fit in the time budget (max_minutes ${minutes(budgetMs)}): ${BUDGET_ADVICE}`;
function fitToBudget(plan, { availableS, calibrationS }) {
  let committedS = 0;
  const targetsByPair = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  for (const group of groupsOf(plan.cells)) {
    const measured = group.filter((cell2) => !cell2.skip);
    if (measured.length === 0) continue;
    const roundsS = budgetedRounds(plan.rounds, measured) * roundEstimateS(measured, plan.cores);
    const first = measured[0];
    const pair = runtimeWorkloadId(first);
    const before = targetsByPair.get(pair) ?? [];
    const after = first.target_s === void 0 || before.includes(first.target_s) ? before : [...before, first.target_s];
    const calibrationExtraS = after === before ? 0 : calibrationS(after) - (before.length ? calibrationS(before) : 0);
    const needS = roundsS + calibrationExtraS;
    if (committedS + needS > availableS) {
      const reason = budgetReason(needS, availableS - committedS, plan.budgetMs);
      for (const cell2 of measured) skipped.set(cell2, reason);
      continue;
    }
    committedS += needS;
    targetsByPair.set(pair, after);
  }
  if (skipped.size === 0) return plan;
  return {
    ...plan,
    cells: plan.cells.map((cell2) => skipped.has(cell2) ? { ...cell2, skip: skipped.get(cell2) } : cell2)
  };
}

// src/plan/order.ts
var newSeed = () => Math.floor(Math.random() * 2 ** 32);
function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// src/measure/run-plan.ts
var cellsOf = (group) => group.sides.flatMap((side) => side.cells);
var running = (group) => cellsOf(group).filter((p) => !p.ended);
var sideOf = (group, p) => group.sides.find((side) => side.tree === treeOf(p.cell));
function sidesOf(cells2, cores) {
  const trees = [...new Set(cells2.map(treeOf))].sort((a, b) => a === "head" ? -1 : b === "head" ? 1 : 0);
  return trees.map((tree) => {
    const own = cells2.filter((cell2) => treeOf(cell2) === tree);
    return {
      tree,
      cells: own.map((cell2) => ({
        cell: cell2,
        reps: [],
        rounds: [],
        cost: runEstimateS(cell2, cores) * 1e3,
        ...initialEnd(cell2)
      })),
      serialRuns: /* @__PURE__ */ new Map(),
      serialCost: serialEstimateS(own[0]) * 1e3
    };
  });
}
async function runPlan({
  plan,
  execute,
  assemble,
  events,
  signal,
  clock,
  random = Math.random,
  contested = () => /* @__PURE__ */ new Set(),
  undecided = () => /* @__PURE__ */ new Set()
}) {
  const groups = groupsOf(plan.cells).map((cells2) => ({
    sides: sidesOf(cells2, plan.cores),
    rounds: 0,
    minRounds: minRounds(plan.rounds, cells2),
    cores: plan.cores,
    reported: false
  }));
  let finished = 0;
  const report = async (group) => {
    if (group.reported) return;
    group.reported = true;
    for (const side of group.sides)
      for (const result of resultsOf(group, side))
        await events.cellFinished(result, finished++, plan.cells.length, side.tree);
  };
  const roundCost = (group, cells2) => group.sides.reduce(
    (sum, side) => sum + (cells2.some((p) => sideOf(group, p) === side) ? side.serialCost : 0),
    cells2.reduce((sum, p) => sum + p.cost, 0)
  );
  const passes = Math.max(plan.rounds.min, ...groups.map((group) => group.minRounds));
  for (let pass = 0; pass < passes && !signal?.aborted; pass++) {
    let ran = false;
    for (const group of groups) {
      if (signal?.aborted) break;
      if (group.rounds === pass && pass < group.minRounds && running(group).length > 0) {
        if (clock.now() + roundCost(group, running(group)) > clock.deadline)
          endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
        else {
          await round(group, running(group));
          ran = true;
        }
      }
      if (pass === group.minRounds - 1) await report(group);
    }
    if (!signal?.aborted) {
      dropWhatCannotFit(pass + 1);
      if (ran) await events.passFinished?.(pass + 1, passes, pass >= plan.rounds.min);
    }
  }
  for (const group of groups) await report(group);
  while (!signal?.aborted) {
    const [headResults, baseResults] = ["head", "base"].map(
      (tree) => groups.flatMap((group) => group.sides.filter((s) => s.tree === tree).flatMap((s) => resultsOf(group, s)))
    );
    const open = contested(headResults);
    const comparing = baseResults.length > 0 ? undecided(headResults, baseResults) : /* @__PURE__ */ new Set();
    const next = pick(
      groups.map((g) => ({ group: g, cells: running(g).filter((p) => comparing.has(cellId(p.cell))) })),
      "comparison"
    ) ?? pick(
      groups.map((g) => ({ group: g, cells: running(g).filter((p) => open.has(cellId(p.cell))) })),
      "verdict"
    ) ?? pick(
      groups.map((g) => ({ group: g, cells: withTwins(g, imprecise(g)) })),
      "precision"
    );
    if (!next) break;
    const before = next.group.rounds;
    await round(next.group, next.cells);
    if (next.group.rounds === before) break;
    for (const side of next.group.sides) {
      const refined = next.cells.filter((p) => side.cells.includes(p));
      if (refined.length === 0) continue;
      const refreshed = resultsOf(next.group, side);
      await events.cellsRefined?.(
        refined.map((p) => refreshed[side.cells.indexOf(p)]),
        next.group.rounds,
        next.why,
        side.tree
      );
    }
  }
  return groups.flatMap((group) => group.sides.flatMap((side) => resultsOf(group, side)));
  function pick(candidates, why) {
    let best;
    for (const { group, cells: cells2 } of candidates) {
      if (cells2.length === 0 || group.rounds >= plan.rounds.max) continue;
      const cost = roundCost(group, cells2);
      if (clock.now() + cost > clock.deadline) continue;
      if (!best || group.rounds < best.group.rounds || group.rounds === best.group.rounds && cost < best.cost)
        best = { group, cells: cells2, why, cost };
    }
    return best;
  }
  function imprecise(group) {
    return group.sides.flatMap((side) => {
      const results2 = resultsOf(group, side);
      return side.cells.filter((p, i) => !p.ended && p.reps.length > 0 && !isPrecise(results2[i], plan.precision));
    });
  }
  function withTwins(group, cells2) {
    const ids = new Set(cells2.map((p) => cellId(p.cell)));
    return running(group).filter((p) => ids.has(cellId(p.cell)));
  }
  function dropWhatCannotFit(done) {
    const owing = (group) => running(group).length > 0 ? Math.max(0, group.minRounds - done) * roundCost(group, running(group)) : 0;
    let needMs = groups.reduce((sum, group) => sum + owing(group), 0);
    for (const group of [...groups].reverse()) {
      if (clock.now() + needMs <= clock.deadline) return;
      const owed = owing(group);
      if (owed === 0) continue;
      needMs -= owed;
      endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
    }
  }
  async function round(group, cells2) {
    const sides = group.sides.filter((side) => cells2.some((p) => sideOf(group, p) === side));
    const runs = sides.flatMap((side) => [
      { side, cell: "serial" },
      ...cells2.filter((p) => sideOf(group, p) === side).map((cell2) => ({ side, cell: cell2 }))
    ]);
    const order = shuffled(runs, random);
    const thisRound = group.rounds;
    const ran = [];
    const done = /* @__PURE__ */ new Map();
    const serials = /* @__PURE__ */ new Map();
    const serialFailed = (side) => serials.has(side) && !serials.get(side).ok;
    for (const run of order) {
      if (signal?.aborted) break;
      if (serialFailed(run.side)) continue;
      const began = clock.now();
      const mark = run.side.tree === "base" ? "base:" : "";
      if (run.cell === "serial") {
        const first = run.side.cells[0].cell;
        serials.set(run.side, await repetition(first, serialJob(first)));
        run.side.serialCost = clock.now() - began;
        ran.push(`${mark}serial`);
      } else {
        const outcome = await repetition(run.cell.cell, parallelJob(run.cell.cell));
        run.cell.cost = clock.now() - began;
        done.set(run.cell, outcome);
        ran.push(`${mark}${run.cell.cell.strategy}`);
      }
    }
    if (ran.length === 0) return;
    group.rounds++;
    await events.roundRan?.({ ...groupFieldsOf(cellsOf(group)[0].cell), round: thisRound + 1, order: ran });
    if (signal?.aborted) return;
    for (const side of sides) {
      const serial = serials.get(side);
      if (!serial) continue;
      if (!serial.ok) {
        if (!serial.cancelled) endAll(side, serial);
        continue;
      }
      side.serialRuns.set(thisRound, serial.repetition);
      for (const [p, outcome] of done) {
        if (sideOf(group, p) !== side) continue;
        if (outcome.ok) {
          p.reps.push(outcome.repetition);
          p.rounds.push(thisRound);
          p.info = outcome.info ?? p.info;
        } else if (!outcome.cancelled) {
          p.ended = ended(p.cell, outcome);
        }
      }
    }
  }
  function endAll(where2, outcome) {
    const cells2 = "sides" in where2 ? cellsOf(where2) : where2.cells;
    for (const p of cells2) if (!p.ended) p.ended = ended(p.cell, outcome);
  }
  function repetition(cell2, job) {
    return execute(cell2, { ...job, task_timeout_s: plan.timeoutMs / 1e3 }, signal);
  }
  function resultsOf(group, side) {
    return assemble(side, group.cores, signal?.aborted ? CANCELLED : BUDGET_SPENT(plan.budgetMs));
  }
}
var groupFieldsOf = ({ runtime, workload, level, workers: workers2, tasks: tasks2 }) => ({
  runtime,
  workload,
  level,
  workers: workers2,
  tasks: tasks2
});
function initialEnd(cell2) {
  if (cell2.skip) return { ended: { ...cellKeyOf(cell2), status: "skipped", reason: cell2.skip } };
  if (cell2.failure) return { ended: { ...cellKeyOf(cell2), status: "failed", error: cell2.failure } };
  return {};
}
function isPrecise(result, target) {
  if (result.status !== "ok") return true;
  const speedups = [result.stats.speedup, ...result.warm ? [result.warm.stats.speedup] : []];
  return speedups.every((stats) => withinPrecision(stats, target));
}
function serialJob(cell2) {
  return { mode: "serial", workload: cell2.workloadRef, arg: cell2.arg, workers: 1, tasks: cell2.tasks };
}
function parallelJob(cell2) {
  return {
    mode: "parallel",
    strategy: cell2.strategy,
    workload: cell2.workloadRef,
    arg: cell2.arg,
    workers: cell2.workers,
    tasks: cell2.tasks
  };
}
function ended(cell2, outcome) {
  if (outcome.cancelled) return { ...cellKeyOf(cell2), status: "skipped", reason: CANCELLED };
  if (outcome.skipped) return { ...cellKeyOf(cell2), status: "skipped", reason: outcome.error };
  return { ...cellKeyOf(cell2), status: "failed", error: outcome.error };
}

// src/network/server.ts
var PAGE = Buffer.from(
  `<!doctype html><html><head><title>concurrency-bench</title></head><body><p>${"Loopback page served by concurrency-bench for the network workload. ".repeat(17)}</p></body></html>
`
);
var MAX_CONNECTIONS = 1024;
var MAX_HEADER_BYTES = 8 * 1024;
async function startLoopbackServer(latencyMs) {
  const { createServer } = await import("node:http");
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    const hasBody = Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== void 0;
    if (request.method !== "GET" && request.method !== "HEAD" || hasBody) {
      response.writeHead(405, { allow: "GET", connection: "close" });
      response.end();
      request.destroy();
      return;
    }
    const timer = setTimeout(() => {
      response.writeHead(200, { "content-type": "text/html", "content-length": PAGE.length, connection: "close" });
      response.end(PAGE);
    }, latencyMs);
    response.on("close", () => clearTimeout(timer));
  });
  server.maxConnections = MAX_CONNECTIONS;
  server.headersTimeout = 1e4;
  server.requestTimeout = 3e4;
  await new Promise((resolve5, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve5);
  });
  const { address, port } = server.address();
  return {
    url: `http://${address}:${port}/`,
    close: () => new Promise((resolve5) => {
      server.closeAllConnections();
      server.close(() => resolve5());
    })
  };
}

// src/plan/calibration.ts
function calibrationNeeds(plan) {
  const needs = /* @__PURE__ */ new Map();
  for (const cell2 of plan.cells) {
    if (cell2.target_s === void 0 || cell2.skip) continue;
    const key = runtimeWorkloadId(cell2);
    const need = needs.get(key) ?? { key, cell: cell2, targets: [] };
    if (!need.targets.includes(cell2.target_s)) need.targets.push(cell2.target_s);
    if (treeOf(cell2) === "base" && treeOf(need.cell) !== "base") need.cell = cell2;
    needs.set(key, need);
  }
  return [...needs.values()];
}
function applyCalibration(plan, outcomes) {
  const cells2 = plan.cells.map((cell2) => {
    if (cell2.target_s === void 0 || cell2.skip) return cell2;
    const outcome = outcomes.get(runtimeWorkloadId(cell2));
    if (!outcome) return { ...cell2, failure: "not calibrated (the run was stopped first)" };
    if (!outcome.ok)
      return { ...cell2, failure: `calibrating ${cell2.workload} for ${cell2.runtime} failed: ${outcome.error}` };
    const point = outcome.points.find((p) => p.target_s === cell2.target_s);
    if (!point) return { ...cell2, failure: "calibration returned no argument for this level" };
    const calibration2 = {
      target_s: point.target_s,
      measured_s: point.seconds,
      ...point.samples ? { samples: point.samples } : {},
      ...point.source ? { source: point.source } : {},
      ...point.fit ? { fit: point.fit } : {},
      ...point.note ? { note: point.note } : {}
    };
    return { ...cell2, arg: point.arg, calibration: calibration2 };
  });
  return { ...plan, cells: cells2 };
}
var PINNED_NOTE = "the baseline's argument, so that both runs do the same work";
function pinnedToBaseline(needs, baselineCells) {
  const pinned = /* @__PURE__ */ new Map();
  for (const need of needs) {
    const points = need.targets.map((target) => {
      const found = baselineCells.find(
        (c) => c.status === "ok" && c.runtime === need.cell.runtime && c.workload === need.cell.workload && c.target_s === target && typeof c.arg === "number"
      );
      return found && {
        target_s: target,
        arg: found.arg,
        seconds: found.calibration?.measured_s ?? target,
        note: PINNED_NOTE
      };
    });
    if (points.every((p) => p !== void 0)) pinned.set(need.key, { ok: true, points });
  }
  return pinned;
}
var PIN_BOUND = 10;
function boundedPins(pinned, calibrated2, needs) {
  const outcomes = new Map(calibrated2);
  const ignored = [];
  let taken = 0;
  for (const need of needs) {
    const pin = pinned.get(need.key);
    const own = calibrated2.get(need.key);
    if (!pin?.ok || !own?.ok) continue;
    const wild = pin.points.find((point) => {
      const mine = own.points.find((p) => p.target_s === point.target_s);
      return !mine || !(point.arg <= mine.arg * PIN_BOUND && point.arg >= mine.arg / PIN_BOUND);
    });
    if (wild === void 0) {
      outcomes.set(need.key, pin);
      taken++;
    } else {
      const mine = own.points.find((p) => p.target_s === wild.target_s);
      ignored.push(
        `${need.cell.runtime} ${need.cell.workload}: the baseline's argument ${wild.arg} is not within ${PIN_BOUND}\xD7 of this run's ${mine?.arg ?? "(none)"}, so it is ignored and this run's calibration is used`
      );
    }
  }
  return { outcomes, taken, ignored };
}

// src/plan/with-base.ts
var isBase = (cell2) => treeOf(cell2) === "base";
var isUserCode = (cell2) => cell2.workloadRef.module !== void 0;
var sameCodeWorkloads = (head) => [
  ...new Set(head.cells.filter((cell2) => !isUserCode(cell2)).map((cell2) => cell2.workload))
];
var PAIRED_MIN_ROUNDS = 6;
var PAIRED_RESERVE_ROUNDS = 2;
function withBase(head, base) {
  const baseCells = base.cells.filter(isUserCode).map((cell2) => ({ ...cell2, tree: "base" }));
  const all = [...head.cells, ...baseCells];
  const paired = new Set(twinsOf(all).flat());
  const groups = groupsOf(all);
  const hasTwins = (group) => group.some((cell2) => paired.has(cell2));
  const ordered = [...groups.filter(hasTwins), ...groups.filter((group) => !hasTwins(group))];
  const pairedMin = head.rounds.min === head.rounds.max ? head.rounds.min : Math.max(head.rounds.min, PAIRED_MIN_ROUNDS);
  const pairedReserve = head.rounds.min === head.rounds.max ? 0 : PAIRED_RESERVE_ROUNDS;
  return { ...head, rounds: { ...head.rounds, pairedMin, pairedReserve }, cells: ordered.flat() };
}
function twinsOf(cells2) {
  const bases = new Map(cells2.filter(isBase).map((cell2) => [twinId(cell2), cell2]));
  return cells2.flatMap((cell2) => {
    const twin = isBase(cell2) ? void 0 : bases.get(twinId(cell2));
    return twin ? [[cell2, twin]] : [];
  });
}

// src/report/blocks.ts
var joined = (parts, separator) => parts.flatMap((part, i) => i === 0 ? part : [separator, ...part]);
var strong = (...spans) => ({ strong: spans });

// src/report/names.ts
var strategyName = (id) => isStrategyId(id) ? STRATEGIES[id].name : id;
var modelProse = (runtime, strategy) => proseOf(nameOf2(runtime), " \xB7 ", isStrategyId(strategy) ? STRATEGIES[strategy].name : nameOf2(strategy));
var uniq = (values) => [...new Set(values)];

// src/report/summary-text.ts
function roughly(seconds) {
  if (seconds >= 1) return `about ${+seconds.toPrecision(2)} s`;
  const ms = seconds * 1e3;
  return `about ${+ms.toPrecision(ms >= 1 ? 2 : 1)} ms`;
}
var BASIS_LABEL = { cold: "pool made per job", warm: "long-lived pool" };
function modelName(id) {
  const slash = id.lastIndexOf("/");
  return modelProse(id.slice(0, slash), id.slice(slash + 1));
}
var interval = (ci) => ci ? `${ci[0].toFixed(2)}\u2013${ci[1].toFixed(2)}` : "";
var speedupInterval = (cell2) => cell2.stats.speedup.ci;
function levelText(cell2) {
  return cell2.target_s === void 0 ? prose`${cell2.level} (arg ${argText(cell2.arg)})` : prose`${cell2.level} (${ours(formatSeconds(cell2.target_s))} a task)`;
}
function calibrationText(seconds, samples, source) {
  const spread2 = calibrationSpread(seconds, samples, source);
  return spread2 ? `${formatSeconds(seconds)} (${spread2})` : formatSeconds(seconds);
}
function calibrationSpread(seconds, samples, source) {
  if (!samples || samples.length === 0) return void 0;
  const n = samples.length;
  const count = source === "serial" ? `${n} serial run${n === 1 ? "" : "s"}` : `${n} call${n === 1 ? "" : "s"}`;
  if (n === 1) return count;
  const scale = seconds >= 1 ? 1 : seconds >= 1e-3 ? 1e3 : 1e6;
  const decimals = seconds > 0 ? Math.min(6, Math.max(0, 2 - Math.floor(Math.log10(seconds * scale)))) : 0;
  const [low, high] = [Math.min(...samples), Math.max(...samples)].map((x) => (x * scale).toFixed(decimals));
  return `${low}\u2013${high}, ${count}`;
}
function argText(value) {
  const arg = typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  return arg.length > 40 ? `${arg.slice(0, 39)}\u2026` : arg;
}
function nameList(ids) {
  return proseOf(
    ...ids.flatMap((id, i) => [...i === 0 ? [] : [i === ids.length - 1 ? " and " : ", "], ...modelName(id)])
  );
}
function othersText(verdict) {
  const excluded = Array.isArray(verdict.excluded) ? verdict.excluded : [];
  const by = (how) => excluded.filter((e) => typeof e?.model === "string" && e.by === how).map((e) => e.model);
  const unresolved = Array.isArray(verdict.unresolved) && verdict.best.length > 0 ? verdict.unresolved.filter((id) => typeof id === "string") : [];
  const parts = [];
  if (unresolved.length)
    parts.push(
      verdict.best.length === 1 ? prose`it leads, but is not shown faster than ${nameList(unresolved)}, which ${ours(unresolved.length === 1 ? "was" : "were")} not shown to beat serial either` : prose`not told apart from the leader, nor shown to beat serial: ${nameList(unresolved)}`
    );
  if (by("cpu").length)
    parts.push(prose`not parallel here: ${nameList(by("cpu"))} (they kept no more cores busy than the serial run)`);
  if (by("speed").length) parts.push(prose`no faster than serial here: ${nameList(by("speed"))}`);
  return proseOf(...parts.flatMap((part) => ["; ", ...part]));
}
function verdictText(verdict, cells2) {
  const at = cells2.find((c) => c.workload === verdict.workload && c.level === verdict.level);
  const basis = prose`${ours(BASIS_LABEL[verdict.basis])}, at ${at ? levelText(at) : verdict.level}`;
  const figure2 = verdict.speedup === void 0 ? "" : `${verdict.speedup.toFixed(2)}\xD7, interval ${interval(verdict.ci)}`;
  const atLevel = cells2.filter(
    (c) => c.status === "ok" && c.workload === verdict.workload && c.level === verdict.level
  );
  const others = othersText(verdict);
  const fastest = verdict.speedup === void 0 ? "" : ` (the fastest read ${verdict.speedup.toFixed(2)}\xD7)`;
  if (verdict.status === "inconclusive" && tooFewRounds(atLevel, verdict.basis)) {
    return {
      basis,
      names: [],
      short: `inconclusive, too few rounds${fastest}`,
      detail: proseOf(
        `inconclusive: some cells have fewer than ${MIN_VERDICT_ROUNDS} rounds, too few for an interval (the fastest read ${figure2}): use repetitions "auto" or at least ${MIN_VERDICT_ROUNDS}`
      )
    };
  }
  if (verdict.status === "inconclusive") {
    return {
      basis,
      names: [],
      short: `inconclusive${fastest}`,
      detail: proseOf(
        `inconclusive: no model was shown to beat running serially here, and not all were shown not to (the fastest read ${figure2}; more rounds would tell)`,
        ...others
      )
    };
  }
  if (verdict.best.length === 0)
    return {
      basis,
      names: [],
      short: `run it serially${fastest}`,
      detail: proseOf(
        `run it serially: every model was shown no faster than one task after another (the fastest read ${figure2})`
      )
    };
  const tie = verdict.best.length > 1 ? "; a tie: not shown apart by more than the target precision" : "";
  const short = verdict.speedup === void 0 ? "" : `${verdict.speedup.toFixed(2)}\xD7 [${interval(verdict.ci)}]`;
  return { basis, names: verdict.best.map(modelName), detail: proseOf(`${figure2}${tie}`, ...others), short };
}
function roughRange(low, high) {
  const [scale, unit] = high >= 1 ? [1, "s"] : [1e3, "ms"];
  const figure2 = (seconds) => seconds === 0 ? "0" : String(+(seconds * scale).toPrecision(2));
  return `${figure2(low)}\u2013${figure2(high)} ${unit}`;
}
function claimPhrase(claim) {
  if (claim.kind === "none") return void 0;
  if (claim.kind === "pays") {
    const [low, high] = claim.ci;
    const beyond = claim.task > claim.longest ? ` (beyond the longest task measured, ${roughly(claim.longest)}: extrapolated)` : "";
    const detail = claim.task === 0 ? (
      // an interval of 0–0 ms says nothing the words do not
      `at every task size measured${high > 0 ? ` (interval ${roughRange(low, high)})` : ""}`
    ) : `above ${roughly(claim.task)} a task (interval ${roughRange(low, high)})${beyond}`;
    return { verb: "pays off", detail, aside: false, shortDetail: detail };
  }
  const speedup = `${claim.speedup.median.toFixed(2)}\xD7, interval ${interval(claim.speedup.ci)}`;
  const at = `at ${roughly(claim.longest)} a task`;
  switch (claim.kind) {
    case "unbounded":
      return {
        verb: "pays off at the longest task measured",
        detail: `${at}: ${speedup}; where it starts to was not pinned down`,
        aside: true,
        shortDetail: `${speedup}; where it starts to was not pinned down`
      };
    case "few-rounds":
      return {
        verb: "is not shown to pay off",
        detail: `too few rounds for a 95% interval; ${at}: ${claim.speedup.median.toFixed(2)}\xD7, range ${interval(claim.speedup.ci)}`,
        aside: true,
        shortDetail: `${claim.speedup.median.toFixed(2)}\xD7, range ${interval(claim.speedup.ci)}`
      };
    case "below":
    case "not-shown":
      return {
        verb: `${claim.kind === "below" ? "does not pay off" : "is not shown to pay off"} at the sizes measured`,
        detail: `${at}: ${speedup}`,
        aside: true,
        shortDetail: speedup
      };
  }
}
var spoken = (phrase) => phrase.aside ? `${phrase.verb} (${phrase.detail})` : `${phrase.verb} ${phrase.detail}`;
function breakEvenSentence(b) {
  const name = modelProse(b.runtime, b.strategy);
  const cold = claimPhrase(claimOf(b, "cold"));
  const warm = claimPhrase(claimOf(b, "warm"));
  if (!cold && !warm) return prose`${name}: no speedup was measured at its longest task`;
  if (!warm) return prose`${name} ${ours(spoken(cold))} if you make the pool per job`;
  if (!cold) return prose`${name} ${ours(spoken(warm))} if you keep the pool`;
  if (cold.verb !== warm.verb)
    return prose`${name} ${ours(spoken(cold))} if you make the pool per job, and ${ours(spoken(warm))} if you keep it`;
  if (cold.aside)
    return prose`${name} ${ours(cold.verb)}, whether you make the pool per job (${ours(cold.detail)}) or keep it (${ours(warm.shortDetail)})`;
  return prose`${name} ${ours(cold.verb)} ${ours(cold.detail)} if you make the pool per job, and ${ours(warm.detail)} if you keep it`;
}
function ceilingText(system) {
  const c = system.ceiling;
  if (!c) return void 0;
  const end = c.end === void 0 ? "" : ` at the start and ${c.end.toFixed(2)}\xD7 at the end`;
  const steal = c.steal === void 0 ? "" : `; the hypervisor stole ${(c.steal * 100).toFixed(1)}% of the CPU time`;
  const text3 = `This runner gave ${c.start.toFixed(2)}\xD7 for ${c.workers} independent busy processes against one${end} (no pool, none of our code: the most any model can reach here)${steal}.`;
  return c.moved ? {
    text: text3,
    warning: `The runner's ceiling moved by more than ${CEILING_MOVED * 100}% during the run: the machine changed under it, and its figures compare less well with other runs.`
  } : { text: text3 };
}
function processTreeNote(system) {
  if (system.os.startsWith("Linux")) return void 0;
  const os3 = system.os.split(" ")[0] ?? system.os;
  return prose`On ${os3} (no /proc) CPU time counts the runner process and the children it reaped, and memory the runner process alone: CPU utilization and memory of the child-process and process-pool models read low.`;
}
function startupNote(cell2) {
  const overhead = cell2.phases.startup + cell2.phases.shutdown;
  const share = overhead / cell2.metrics.wall_time;
  return share > 0.5 ? `mostly pool start-up (${Math.round(share * 100)}% of the wall time)` : void 0;
}
function precisionText(results2, target) {
  const ok = results2.cells.filter((c) => c.status === "ok" && typeof c.precision === "number");
  if (ok.length === 0) return void 0;
  const reached = ok.filter((c) => isConclusive(c, target));
  const widest = ok.reduce((w, c) => c.precision > w.precision ? c : w);
  const pct = (x) => `\xB1${+(x * 100).toFixed(1)}%`;
  const rounds = ok.map((c) => c.stats.speedup.samples.length);
  return prose`Precision: ${reached.length} of ${ok.length} cells reached ${ours(pct(target))} with a ${CONFIDENCE * 100}% interval (${Math.min(...rounds)}–${Math.max(
    ...rounds
  )} rounds a cell); the widest is ${modelProse(widest.runtime, widest.strategy)} ${widest.workload}/${widest.level} at ${ours(pct(widest.precision))}. Intervals from fewer than 6 rounds are the min–max range, at lower confidence.`;
}
function utilizationText(cell2) {
  return cpuTooCoarse(cell2.metrics.wall_time, cell2.workers) ? "CPU: too short" : `${Math.round(cell2.metrics.gil_eff * 100)}%`;
}
var roundsSetAside = (count) => `${count} round${count === 1 ? "" : "s"} set aside`;
var warmSetAsideNote = (cell2) => cell2.warm?.set_aside ? ` (${cell2.warm.set_aside.rounds.length} above ${cell2.warm.set_aside.limit.toFixed(2)}\xD7 set aside)` : "";
function setAsideText(cell2) {
  if (cell2.status !== "ok" || !cell2.outliers?.length) return void 0;
  const outliers = cell2.outliers;
  const rounds = cell2.stats.speedup.samples.length + outliers.length;
  const first = outliers[0];
  const more = outliers.length > 1 ? `; ${outliers.length - 1} more alike` : "";
  return prose`${outliers.length} of ${rounds} rounds set aside (round ${first.round}: ${first.reason}${ours(more)})`;
}
var notShownWord = (cell2) => cell2.status === "skipped" && cell2.outliers?.length ? "not measurable" : cell2.status;
var uslText = (curve) => curve.usl ? `\u03C3 ${curve.usl.sigma.toFixed(2)} \xB7 \u03BA ${curve.usl.kappa.toFixed(3)} (R\xB2 ${curve.usl.r2.toFixed(2)})` : "\u2013";
var amdahlText = (curve) => curve.amdahl ? `${curve.amdahl.serialFraction.toFixed(2)} (R\xB2 ${curve.amdahl.r2.toFixed(2)})` : "\u2013";
function peakText(curve, cores) {
  if (!curve.usl) return "no fit";
  const largest = curve.points.filter((p) => !p.overSubscribed).at(-1).workers;
  if (curve.usl.peakWorkers === void 0) return `no peak: still rising at ${largest}`;
  const at = `\u2248 ${curve.usl.peakWorkers.toFixed(1)} workers (${curve.usl.peakSpeedup.toFixed(2)}\xD7)`;
  return curve.peakObservable ? at : `${at}, beyond the ${cores} cores here: not observed`;
}
var noFitNote = (curve, cores) => curve.usl ? void 0 : `no fit: ${curve.withinCores} of the pool sizes lie within the ${cores} cores, and a fit needs ${MIN_POINTS_TO_FIT}; above the cores a curve flattens because the cores run out, which a fit would read as the model's own limit`;
var TRANSFER_NOTE = "Each task takes the level's payload in and hands as much back; the figure is the batch's time on a started pool (warm) per MiB moved both ways. Serially nothing crosses: its figure is the copy alone. The difference is what the model's boundary costs: structured clone (worker threads), IPC serialization (child processes), pickling (process pool), sharing between interpreters (interpreter pool).";

// src/report/cell-text.ts
var signedPercent = (x) => `${x >= 0 ? "+" : "\u2212"}${Math.abs(Math.round(x * 100))}%`;
function cellParts(cell2, target, { brief = false, labelled = false } = {}) {
  if (!cell2) return [];
  if (cell2.status !== "ok") return [[notShownWord(cell2)]];
  const m = cell2.metrics;
  const figure2 = `${m.speedup.toFixed(2)}\xD7`;
  const found = speedupInterval(cell2);
  const speedup = [
    isConclusive(cell2, target) ? strong(figure2) : figure2,
    ...found ? [` [${interval(found)}]`] : []
  ];
  const efficiency = [`${labelled ? "efficiency " : ""}${m.efficiency.toFixed(2)}`];
  if (brief) return [speedup, efficiency];
  const warm = cell2.warm ? `warm ${cell2.warm.speedup.toFixed(2)}\xD7${warmSetAsideNote(cell2)}` : cell2.warm_set_aside ? `warm: not measurable (above ${cell2.warm_set_aside.limit.toFixed(2)}\xD7)` : void 0;
  const startup = startupNote(cell2);
  const aside = cell2.outliers?.length ? roundsSetAside(cell2.outliers.length) : void 0;
  const utilization = utilizationText(cell2);
  return [
    speedup,
    efficiency,
    [labelled && !utilization.startsWith("CPU") ? `CPU ${utilization}` : utilization],
    ...[warm, startup, aside].filter((part) => part !== void 0).map((part) => [part])
  ];
}
function deltaText(change) {
  const wall = change?.change?.wall_time;
  if (wall === void 0) return [];
  const text3 = signedPercent(wall);
  const time = change.verdict === "regression" ? [strong(`${text3} \u25B2 slower`)] : change.verdict === "improvement" ? [`${text3} \u25BC faster`] : [text3];
  const memory = change.memory;
  return memory?.verdict === "regression" ? [...time, ", ", strong(`memory ${signedPercent(memory.ratio - 1)} \u25B2`)] : time;
}

// src/report/progress.ts
function formatDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}
var span = (part) => typeof part === "string" ? part : Array.isArray(part) ? plainText(part) : part.strong.map(span).join("");
var plain = (text3) => text3.map(span).join("");
function progressLine(cell2, index, total, sweep = false) {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const where2 = `${cell2.runtime} ${cell2.strategy} ${cell2.workload}/${cell2.level}${sweep ? ` \xD7${cell2.workers}` : ""}`;
  let outcome;
  if (cell2.status === "ok") {
    const m = cell2.metrics;
    outcome = `speedup ${cellParts(cell2, 0, { labelled: true }).map(plain).join(" \xB7 ")}  wall ${formatSeconds(m.wall_time)}  cpu ${formatSeconds(m.cpu_time)}  mem ${m.memory_mb.toFixed(0)} MB`;
  } else if (cell2.status === "failed") {
    outcome = `FAILED: ${cell2.error}`;
  } else {
    outcome = `skipped: ${cell2.reason}`;
  }
  return `${counter} ${where2.padEnd(40)} ${outcome}`;
}
function calibrationLine(need, outcome) {
  const where2 = `${need.cell.runtime} ${need.cell.workload}`;
  if (!outcome.ok) return `  calibration ${where2}: FAILED: ${outcome.error}`;
  const points = outcome.points.map((p) => {
    const spread2 = calibrationSpread(p.seconds, p.samples, p.source);
    return `${formatSeconds(p.target_s)} \u2192 ${p.arg} (${formatSeconds(p.seconds)}${spread2 ? `, ${spread2}` : ""}${p.note ? `; ${p.note}` : ""})`;
  });
  return `  calibration ${where2}: ${points.join(", ")}`;
}
function refinedLine(cells2, round, target, sweep = false, why = "precision") {
  const first = cells2[0];
  const reached = cells2.map(
    (cell2) => cell2.status === "ok" ? `${cell2.strategy} \xB1${(cell2.precision * 100).toFixed(1)}%` : `${cell2.strategy} ${cell2.status}`
  );
  const reason = why === "comparison" ? "the comparison with the base waits on it" : why === "verdict" ? "a verdict waits on it" : `target \xB1${+(target * 100).toFixed(1)}%`;
  return `  round ${round} of ${first.runtime} ${first.workload}/${first.level}${sweep ? ` \xD7${first.workers}` : ""} (${reason}): ${reached.join(", ")}`;
}
function passLine(pass, of, elapsedSeconds, leftSeconds, paired = false) {
  const left = leftSeconds === void 0 ? "" : `; ends within ${formatDuration(leftSeconds)}`;
  const which = paired ? "every group measured against the base" : "every group";
  return `round ${pass} of ${of} done in ${which} (${formatDuration(elapsedSeconds)} in${left})`;
}
function budgetLine(cells2, total) {
  const places = [...new Set(cells2.map((cell2) => `${cell2.runtime} ${cell2.workload}/${cell2.level}`))];
  const shown2 = places.slice(0, 6).join(", ");
  const more = places.length > 6 ? ` and ${places.length - 6} more` : "";
  return `${cells2.length} of ${total} cells do not fit the time budget and are skipped: ${shown2}${more} (${cells2[0]?.skip ?? ""})`;
}

// src/report/write-reports.ts
import { writeFileSync } from "node:fs";
import { join as join3 } from "node:path";

// src/report/exporters.ts
import { join as join2 } from "node:path";

// src/report/csv.ts
var HEADER = [
  "runner",
  "runtime",
  "strategy",
  "workload",
  "level",
  "arg",
  "workers",
  "tasks",
  "status",
  "speedup",
  "speedup_ci_low",
  "speedup_ci_high",
  "efficiency",
  "cpu_utilization",
  "warm_speedup",
  "wall_time_s",
  "cpu_time_s",
  "memory_mb",
  "throughput",
  "serial_wall_time_s",
  "rounds",
  "reason"
];
var inertCsvText = (text3) => /^[=+\-@\t\r]/.test(text3) ? `'${text3}` : text3;
var field = (value) => /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
var figure = (value) => value === void 0 || !Number.isFinite(value) ? "" : String(value);
function row(runner, cell2) {
  const names = [runner ?? "", cell2.runtime, cell2.strategy, cell2.workload, cell2.level].map(inertCsvText);
  const arg = inertCsvText(typeof cell2.arg === "number" ? String(cell2.arg) : JSON.stringify(cell2.arg) ?? "");
  const common = [...names, arg, figure(cell2.workers), figure(cell2.tasks), cell2.status];
  if (cell2.status !== "ok")
    return [
      ...common,
      ...Array(HEADER.length - common.length - 1).fill(""),
      inertCsvText(cell2.status === "failed" ? cell2.error : cell2.reason)
    ];
  const m = cell2.metrics;
  const ci = cell2.stats.speedup.ci;
  return [
    ...common,
    figure(m.speedup),
    figure(ci?.[0]),
    figure(ci?.[1]),
    figure(m.efficiency),
    figure(m.gil_eff),
    figure(cell2.warm?.speedup),
    figure(m.wall_time),
    figure(m.cpu_time),
    figure(m.memory_mb),
    figure(m.throughput),
    figure(cell2.serial_wall_time),
    figure(cell2.stats.wall_time.samples?.length),
    ""
  ];
}
function renderCsv({ cells: cells2 }) {
  const rows = [HEADER, ...cells2.map(({ runner, cell: cell2 }) => row(runner, cell2))];
  return rows.map((fields) => `${fields.map(field).join(",")}\r
`).join("");
}

// src/report/html-escape.ts
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "`": "&#96;"
};
function escapeHtml(value) {
  return String(value).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]);
}
function clip(text3, max) {
  const chars = [...text3];
  return chars.length <= max ? text3 : `${chars.slice(0, max - 1).join("")}\u2026`;
}

// src/report/html-page.ts
var CSS = `
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
function htmlPage(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
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

// src/results/read.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

// src/results/validate.generated.js
var import_ucs2length2 = __toESM(require_ucs2length(), 1);
var results = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://raw.githubusercontent.com/concurrency-bench/concurrency-bench/v1/src/results/results.schema.json", "title": "concurrency-bench results.json, schema_version 1", "description": "The whole contract of results.json: every field a reader uses is here, typed and capped (a results file may come from a stranger's fork). Readers drop fields this schema does not name.", "type": "object", "required": ["schema_version", "tool", "created_at", "system", "cells"], "properties": { "schema_version": { "const": 1 }, "tool": { "type": "object", "required": ["name", "version"], "properties": { "name": { "type": "string", "maxLength": 200 }, "version": { "type": "string", "maxLength": 200 } }, "additionalProperties": false }, "created_at": { "type": "string", "maxLength": 200 }, "system": { "$ref": "#/definitions/system" }, "config": { "description": "The run's config as resolved: kept for the record; readers take only `precision`, a number, from it." }, "cells": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/cell" } }, "verdicts": { "type": "array", "maxItems": 1e3, "items": { "$ref": "#/definitions/verdict" } }, "break_even": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/break_even" } }, "schedule": { "description": "How the rounds ran: each group's rounds in the order they ran, and the seed of the random order of the runs within a round.", "type": "object", "required": ["seed", "rounds"], "properties": { "seed": { "type": "integer", "minimum": 0, "maximum": 4294967295 }, "rounds": { "type": "array", "maxItems": 1e5, "items": { "type": "object", "required": ["runtime", "workload", "level", "workers", "tasks", "round", "order"], "properties": { "runtime": { "type": "string", "maxLength": 200 }, "workload": { "type": "string", "maxLength": 200 }, "level": { "type": "string", "maxLength": 200 }, "workers": { "type": "integer", "minimum": 1 }, "tasks": { "type": "integer", "minimum": 1 }, "round": { "type": "integer", "minimum": 1 }, "order": { "type": "array", "maxItems": 64, "items": { "type": "string", "maxLength": 200 } } }, "additionalProperties": false } } }, "additionalProperties": false }, "base": { "description": "A run with --baseline-tree: the base version's cells, measured in the same rounds as cells (their rounds pair them).", "type": "object", "required": ["label", "cells"], "properties": { "label": { "type": "string", "maxLength": 500 }, "cells": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/cell" } }, "same_code": { "description": "Workloads both trees run with the same code (the built-ins): measured once, not compared.", "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } } }, "additionalProperties": false } }, "additionalProperties": false, "definitions": { "seconds": { "type": "number", "minimum": 0 }, "interval": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2 }, "interval_or_null": { "anyOf": [{ "$ref": "#/definitions/interval" }, { "type": "null" }] }, "samples": { "type": "array", "maxItems": 1e4, "items": { "type": "number", "minimum": 0 }, "description": "A metric's values round by round: seconds, MiB, rates, speedups, none negative (the ratio bounds in analysis/sign-test.ts rely on it)." }, "rounds": { "type": "array", "maxItems": 1e4, "items": { "type": "integer", "minimum": 1 } }, "system": { "type": "object", "required": ["os", "arch", "cpu_model", "cores", "memory_gb", "node", "pythons"], "properties": { "os": { "type": "string", "maxLength": 200 }, "arch": { "type": "string", "maxLength": 200 }, "cpu_model": { "type": "string", "maxLength": 200 }, "cores": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "memory_gb": { "type": "number", "minimum": 0 }, "node": { "type": "string", "maxLength": 200 }, "pythons": { "type": "array", "maxItems": 50, "items": { "type": "object", "required": ["label", "version", "free_threaded"], "properties": { "label": { "type": "string", "maxLength": 200 }, "version": { "type": "string", "maxLength": 200 }, "free_threaded": { "type": "boolean" } }, "additionalProperties": false } }, "runner": { "type": "object", "properties": { "os": { "type": "string", "maxLength": 200 }, "arch": { "type": "string", "maxLength": 200 }, "name": { "type": "string", "maxLength": 200 } }, "additionalProperties": false }, "ceiling": { "description": "What this machine delivered for `workers` independent busy processes against one, at the start and the end.", "type": "object", "required": ["workers", "start"], "properties": { "workers": { "type": "integer", "minimum": 1 }, "start": { "type": "number" }, "end": { "type": "number" }, "moved": { "type": "boolean" }, "steal": { "type": "number", "minimum": 0 }, "loop_ns": { "type": "array", "maxItems": 2, "items": { "type": "number", "minimum": 0 } } }, "additionalProperties": false }, "git": { "type": "object", "properties": { "sha": { "type": "string", "maxLength": 200 }, "ref": { "type": "string", "maxLength": 200 }, "pull_request": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false }, "stats": { "type": "object", "required": ["median", "min", "max", "cv", "samples"], "properties": { "median": { "type": "number" }, "min": { "type": "number" }, "max": { "type": "number" }, "cv": { "type": "number" }, "samples": { "$ref": "#/definitions/samples" }, "ci": { "$ref": "#/definitions/interval" }, "ci_level": { "type": "number", "minimum": 0, "maximum": 1 } }, "additionalProperties": false }, "metrics": { "type": "object", "required": ["wall_time", "cpu_time", "throughput", "memory_mb", "gil_eff", "speedup", "efficiency"], "properties": { "wall_time": { "type": "number", "minimum": 0 }, "cpu_time": { "type": "number", "minimum": 0 }, "throughput": { "type": "number", "minimum": 0 }, "memory_mb": { "type": "number", "minimum": 0 }, "gil_eff": { "type": "number", "minimum": 0 }, "speedup": { "type": "number", "minimum": 0 }, "efficiency": { "type": "number", "minimum": 0 } }, "additionalProperties": false }, "cell_stats": { "type": "object", "required": ["wall_time", "cpu_time", "throughput", "memory_mb", "gil_eff", "speedup", "efficiency", "serial_wall_time"], "properties": { "wall_time": { "$ref": "#/definitions/stats" }, "cpu_time": { "$ref": "#/definitions/stats" }, "throughput": { "$ref": "#/definitions/stats" }, "memory_mb": { "$ref": "#/definitions/stats" }, "gil_eff": { "$ref": "#/definitions/stats" }, "speedup": { "$ref": "#/definitions/stats" }, "efficiency": { "$ref": "#/definitions/stats" }, "serial_wall_time": { "$ref": "#/definitions/stats" }, "serial_cpu_time": { "$ref": "#/definitions/stats" }, "startup": { "$ref": "#/definitions/stats" }, "shutdown": { "$ref": "#/definitions/stats" } }, "additionalProperties": false }, "phases": { "type": "object", "required": ["startup", "run", "shutdown"], "properties": { "startup": { "$ref": "#/definitions/seconds" }, "run": { "$ref": "#/definitions/seconds" }, "shutdown": { "$ref": "#/definitions/seconds" } }, "additionalProperties": false }, "set_aside": { "type": "object", "required": ["rounds", "limit"], "properties": { "rounds": { "$ref": "#/definitions/rounds" }, "limit": { "type": "number" } }, "additionalProperties": false }, "warm": { "description": "The same tasks on a pool already started: a long-lived pool's view.", "type": "object", "required": ["wall_time", "cpu_time", "speedup", "efficiency", "stats"], "properties": { "wall_time": { "type": "number", "minimum": 0 }, "set_aside": { "$ref": "#/definitions/set_aside" }, "serial_wall_time": { "type": "number", "minimum": 0 }, "cpu_time": { "type": "number", "minimum": 0 }, "speedup": { "type": "number", "minimum": 0 }, "efficiency": { "type": "number", "minimum": 0 }, "stats": { "type": "object", "required": ["wall_time", "speedup"], "properties": { "wall_time": { "$ref": "#/definitions/stats" }, "speedup": { "$ref": "#/definitions/stats" } }, "additionalProperties": false }, "rounds": { "$ref": "#/definitions/rounds" } }, "additionalProperties": false }, "calibration": { "description": "A duration level: what calibration chose the cell's arg by.", "type": "object", "required": ["target_s", "measured_s"], "properties": { "target_s": { "$ref": "#/definitions/seconds" }, "measured_s": { "$ref": "#/definitions/seconds" }, "samples": { "description": "Seconds per call of the chosen arg, as checked; measured_s is their median.", "$ref": "#/definitions/samples" }, "source": { "description": "search: the calibrating runner's calls; serial: the time per task of the serial runs of an argument corrected on the serial path.", "enum": ["search", "serial"] }, "fit": { "description": "The search's line seconds = a + b \xD7 arg near this target.", "type": "object", "required": ["a", "b"], "properties": { "a": { "type": "number" }, "b": { "type": "number" } }, "additionalProperties": false }, "note": { "type": "string", "maxLength": 4e3 } }, "additionalProperties": false }, "outlier": { "type": "object", "required": ["round", "reason", "wall_time", "cpu_time", "serial_wall_time", "speedup"], "properties": { "round": { "type": "integer", "minimum": 1 }, "reason": { "type": "string", "maxLength": 4e3 }, "wall_time": { "type": "number", "minimum": 0 }, "cpu_time": { "type": "number", "minimum": 0 }, "cpu_phases": { "$ref": "#/definitions/phases" }, "serial_wall_time": { "type": "number", "minimum": 0 }, "speedup": { "type": "number", "minimum": 0 } }, "additionalProperties": false }, "json_value": { "description": "A task's argument as the config gave it: any JSON value (its nesting is bounded when the file is read).", "type": ["number", "string", "boolean", "null", "array", "object"], "maxLength": 1e3, "maxItems": 1e3, "maxProperties": 1e3 }, "cell": { "type": "object", "required": ["runtime", "strategy", "workload", "level", "workers", "tasks", "status"], "properties": { "runtime": { "type": "string", "maxLength": 200 }, "strategy": { "type": "string", "maxLength": 200 }, "workload": { "type": "string", "maxLength": 200 }, "level": { "type": "string", "maxLength": 200 }, "arg": { "$ref": "#/definitions/json_value" }, "target_s": { "$ref": "#/definitions/seconds" }, "workers": { "type": "integer", "minimum": 1 }, "tasks": { "type": "integer", "minimum": 1 }, "status": { "enum": ["ok", "failed", "skipped"] }, "metrics": { "$ref": "#/definitions/metrics" }, "serial_wall_time": { "$ref": "#/definitions/seconds" }, "stats": { "$ref": "#/definitions/cell_stats" }, "rounds": { "$ref": "#/definitions/rounds" }, "noisy": { "type": "boolean" }, "phases": { "$ref": "#/definitions/phases" }, "cpu_phases": { "$ref": "#/definitions/phases" }, "precision": { "type": "number", "minimum": 0 }, "warm": { "$ref": "#/definitions/warm" }, "warm_set_aside": { "$ref": "#/definitions/set_aside" }, "calibration": { "$ref": "#/definitions/calibration" }, "info": { "description": "What the runtime reported about itself (e.g. Python's start_method).", "type": "object", "maxProperties": 20, "propertyNames": { "maxLength": 100 }, "additionalProperties": { "type": ["string", "number", "boolean", "null"], "maxLength": 200 } }, "outliers": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/outlier" } }, "error": { "type": "string", "maxLength": 4e3 }, "reason": { "type": "string", "maxLength": 4e3 } }, "additionalProperties": false, "allOf": [{ "if": { "properties": { "status": { "const": "ok" } } }, "then": { "required": ["metrics", "serial_wall_time", "stats", "noisy", "phases"] } }, { "if": { "properties": { "status": { "const": "failed" } } }, "then": { "required": ["error"] } }, { "if": { "properties": { "status": { "const": "skipped" } } }, "then": { "required": ["reason"] } }] }, "verdict": { "type": "object", "required": ["workload", "basis", "level", "status", "best"], "properties": { "workload": { "type": "string", "maxLength": 200 }, "basis": { "enum": ["cold", "warm"] }, "level": { "type": "string", "maxLength": 200 }, "status": { "enum": ["best", "tie", "serial", "inconclusive"] }, "best": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } }, "unresolved": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } }, "excluded": { "type": "array", "maxItems": 100, "items": { "type": "object", "required": ["model", "by"], "properties": { "model": { "type": "string", "maxLength": 200 }, "by": { "enum": ["cpu", "speed"] } }, "additionalProperties": false } }, "speedup": { "type": "number" }, "ci": { "$ref": "#/definitions/interval" } }, "additionalProperties": false }, "break_even": { "type": "object", "required": ["runtime", "strategy", "workload", "fixed_cost_s", "per_task_s", "slope", "cold_task_s", "warm_task_s", "longest_task_s"], "properties": { "runtime": { "type": "string", "maxLength": 200 }, "strategy": { "type": "string", "maxLength": 200 }, "workload": { "type": "string", "maxLength": 200 }, "fixed_cost_s": { "type": "number" }, "per_task_s": { "type": "number" }, "slope": { "type": "number" }, "cold_task_s": { "type": ["number", "null"] }, "warm_task_s": { "type": ["number", "null"] }, "cold_task_ci": { "$ref": "#/definitions/interval_or_null" }, "warm_task_ci": { "$ref": "#/definitions/interval_or_null" }, "cold_speedup": { "$ref": "#/definitions/speedup_at" }, "warm_speedup": { "$ref": "#/definitions/speedup_at" }, "longest_task_s": { "type": "number" } }, "additionalProperties": false }, "speedup_at": { "type": "object", "required": ["median", "ci", "ci_level"], "properties": { "median": { "type": "number" }, "ci": { "$ref": "#/definitions/interval" }, "ci_level": { "type": "number", "minimum": 0, "maximum": 1 } }, "additionalProperties": false } } };
var schema122 = { "type": "object", "required": ["os", "arch", "cpu_model", "cores", "memory_gb", "node", "pythons"], "properties": { "os": { "type": "string", "maxLength": 200 }, "arch": { "type": "string", "maxLength": 200 }, "cpu_model": { "type": "string", "maxLength": 200 }, "cores": { "type": "integer", "minimum": 1, "maximum": 1e5 }, "memory_gb": { "type": "number", "minimum": 0 }, "node": { "type": "string", "maxLength": 200 }, "pythons": { "type": "array", "maxItems": 50, "items": { "type": "object", "required": ["label", "version", "free_threaded"], "properties": { "label": { "type": "string", "maxLength": 200 }, "version": { "type": "string", "maxLength": 200 }, "free_threaded": { "type": "boolean" } }, "additionalProperties": false } }, "runner": { "type": "object", "properties": { "os": { "type": "string", "maxLength": 200 }, "arch": { "type": "string", "maxLength": 200 }, "name": { "type": "string", "maxLength": 200 } }, "additionalProperties": false }, "ceiling": { "description": "What this machine delivered for `workers` independent busy processes against one, at the start and the end.", "type": "object", "required": ["workers", "start"], "properties": { "workers": { "type": "integer", "minimum": 1 }, "start": { "type": "number" }, "end": { "type": "number" }, "moved": { "type": "boolean" }, "steal": { "type": "number", "minimum": 0 }, "loop_ns": { "type": "array", "maxItems": 2, "items": { "type": "number", "minimum": 0 } } }, "additionalProperties": false }, "git": { "type": "object", "properties": { "sha": { "type": "string", "maxLength": 200 }, "ref": { "type": "string", "maxLength": 200 }, "pull_request": { "type": "integer", "minimum": 1 } }, "additionalProperties": false } }, "additionalProperties": false };
var func22 = Object.prototype.hasOwnProperty;
var func3 = import_ucs2length2.default.default;
var schema132 = { "type": "object", "required": ["runtime", "strategy", "workload", "level", "workers", "tasks", "status"], "properties": { "runtime": { "type": "string", "maxLength": 200 }, "strategy": { "type": "string", "maxLength": 200 }, "workload": { "type": "string", "maxLength": 200 }, "level": { "type": "string", "maxLength": 200 }, "arg": { "$ref": "#/definitions/json_value" }, "target_s": { "$ref": "#/definitions/seconds" }, "workers": { "type": "integer", "minimum": 1 }, "tasks": { "type": "integer", "minimum": 1 }, "status": { "enum": ["ok", "failed", "skipped"] }, "metrics": { "$ref": "#/definitions/metrics" }, "serial_wall_time": { "$ref": "#/definitions/seconds" }, "stats": { "$ref": "#/definitions/cell_stats" }, "rounds": { "$ref": "#/definitions/rounds" }, "noisy": { "type": "boolean" }, "phases": { "$ref": "#/definitions/phases" }, "cpu_phases": { "$ref": "#/definitions/phases" }, "precision": { "type": "number", "minimum": 0 }, "warm": { "$ref": "#/definitions/warm" }, "warm_set_aside": { "$ref": "#/definitions/set_aside" }, "calibration": { "$ref": "#/definitions/calibration" }, "info": { "description": "What the runtime reported about itself (e.g. Python's start_method).", "type": "object", "maxProperties": 20, "propertyNames": { "maxLength": 100 }, "additionalProperties": { "type": ["string", "number", "boolean", "null"], "maxLength": 200 } }, "outliers": { "type": "array", "maxItems": 1e4, "items": { "$ref": "#/definitions/outlier" } }, "error": { "type": "string", "maxLength": 4e3 }, "reason": { "type": "string", "maxLength": 4e3 } }, "additionalProperties": false, "allOf": [{ "if": { "properties": { "status": { "const": "ok" } } }, "then": { "required": ["metrics", "serial_wall_time", "stats", "noisy", "phases"] } }, { "if": { "properties": { "status": { "const": "failed" } } }, "then": { "required": ["error"] } }, { "if": { "properties": { "status": { "const": "skipped" } } }, "then": { "required": ["reason"] } }] };
var schema142 = { "description": "A task's argument as the config gave it: any JSON value (its nesting is bounded when the file is read).", "type": ["number", "string", "boolean", "null", "array", "object"], "maxLength": 1e3, "maxItems": 1e3, "maxProperties": 1e3 };
var schema182 = { "type": "object", "required": ["wall_time", "cpu_time", "throughput", "memory_mb", "gil_eff", "speedup", "efficiency", "serial_wall_time"], "properties": { "wall_time": { "$ref": "#/definitions/stats" }, "cpu_time": { "$ref": "#/definitions/stats" }, "throughput": { "$ref": "#/definitions/stats" }, "memory_mb": { "$ref": "#/definitions/stats" }, "gil_eff": { "$ref": "#/definitions/stats" }, "speedup": { "$ref": "#/definitions/stats" }, "efficiency": { "$ref": "#/definitions/stats" }, "serial_wall_time": { "$ref": "#/definitions/stats" }, "serial_cpu_time": { "$ref": "#/definitions/stats" }, "startup": { "$ref": "#/definitions/stats" }, "shutdown": { "$ref": "#/definitions/stats" } }, "additionalProperties": false };
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.median === void 0 && (missing0 = "median") || data.min === void 0 && (missing0 = "min") || data.max === void 0 && (missing0 = "max") || data.cv === void 0 && (missing0 = "cv") || data.samples === void 0 && (missing0 = "samples")) {
        validate13.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "median" || key0 === "min" || key0 === "max" || key0 === "cv" || key0 === "samples" || key0 === "ci" || key0 === "ci_level")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.median !== void 0) {
            const _errs2 = errors;
            if (!(typeof data.median == "number")) {
              validate13.errors = [{ instancePath: instancePath + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.min !== void 0) {
              const _errs4 = errors;
              if (!(typeof data.min == "number")) {
                validate13.errors = [{ instancePath: instancePath + "/min", schemaPath: "#/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.max !== void 0) {
                const _errs6 = errors;
                if (!(typeof data.max == "number")) {
                  validate13.errors = [{ instancePath: instancePath + "/max", schemaPath: "#/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cv !== void 0) {
                  const _errs8 = errors;
                  if (!(typeof data.cv == "number")) {
                    validate13.errors = [{ instancePath: instancePath + "/cv", schemaPath: "#/properties/cv/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.samples !== void 0) {
                    let data4 = data.samples;
                    const _errs10 = errors;
                    const _errs11 = errors;
                    if (errors === _errs11) {
                      if (Array.isArray(data4)) {
                        if (data4.length > 1e4) {
                          validate13.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/definitions/samples/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                          return false;
                        } else {
                          var valid2 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data5 = data4[i0];
                            const _errs13 = errors;
                            if (errors === _errs13) {
                              if (typeof data5 == "number") {
                                if (data5 < 0 || isNaN(data5)) {
                                  validate13.errors = [{ instancePath: instancePath + "/samples/" + i0, schemaPath: "#/definitions/samples/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                  return false;
                                }
                              } else {
                                validate13.errors = [{ instancePath: instancePath + "/samples/" + i0, schemaPath: "#/definitions/samples/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                            }
                            var valid2 = _errs13 === errors;
                            if (!valid2) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate13.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/definitions/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.ci !== void 0) {
                      let data6 = data.ci;
                      const _errs15 = errors;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (Array.isArray(data6)) {
                          if (data6.length > 2) {
                            validate13.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                            return false;
                          } else {
                            if (data6.length < 2) {
                              validate13.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                              return false;
                            } else {
                              var valid4 = true;
                              const len1 = data6.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                const _errs18 = errors;
                                if (!(typeof data6[i1] == "number")) {
                                  validate13.errors = [{ instancePath: instancePath + "/ci/" + i1, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                                var valid4 = _errs18 === errors;
                                if (!valid4) {
                                  break;
                                }
                              }
                            }
                          }
                        } else {
                          validate13.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs15 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.ci_level !== void 0) {
                        let data8 = data.ci_level;
                        const _errs20 = errors;
                        if (errors === _errs20) {
                          if (typeof data8 == "number") {
                            if (data8 > 1 || isNaN(data8)) {
                              validate13.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                              return false;
                            } else {
                              if (data8 < 0 || isNaN(data8)) {
                                validate13.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                return false;
                              }
                            }
                          } else {
                            validate13.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid0 = _errs20 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate13.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate13.errors = vErrors;
  return errors === 0;
}
function validate122(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.wall_time === void 0 && (missing0 = "wall_time") || data.cpu_time === void 0 && (missing0 = "cpu_time") || data.throughput === void 0 && (missing0 = "throughput") || data.memory_mb === void 0 && (missing0 = "memory_mb") || data.gil_eff === void 0 && (missing0 = "gil_eff") || data.speedup === void 0 && (missing0 = "speedup") || data.efficiency === void 0 && (missing0 = "efficiency") || data.serial_wall_time === void 0 && (missing0 = "serial_wall_time")) {
        validate122.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func22.call(schema182.properties, key0)) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.wall_time !== void 0) {
            const _errs2 = errors;
            if (!validate13(data.wall_time, { instancePath: instancePath + "/wall_time", parentData: data, parentDataProperty: "wall_time", rootData })) {
              vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
              errors = vErrors.length;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.cpu_time !== void 0) {
              const _errs3 = errors;
              if (!validate13(data.cpu_time, { instancePath: instancePath + "/cpu_time", parentData: data, parentDataProperty: "cpu_time", rootData })) {
                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.throughput !== void 0) {
                const _errs4 = errors;
                if (!validate13(data.throughput, { instancePath: instancePath + "/throughput", parentData: data, parentDataProperty: "throughput", rootData })) {
                  vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                  errors = vErrors.length;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.memory_mb !== void 0) {
                  const _errs5 = errors;
                  if (!validate13(data.memory_mb, { instancePath: instancePath + "/memory_mb", parentData: data, parentDataProperty: "memory_mb", rootData })) {
                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                    errors = vErrors.length;
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.gil_eff !== void 0) {
                    const _errs6 = errors;
                    if (!validate13(data.gil_eff, { instancePath: instancePath + "/gil_eff", parentData: data, parentDataProperty: "gil_eff", rootData })) {
                      vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs6 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.speedup !== void 0) {
                      const _errs7 = errors;
                      if (!validate13(data.speedup, { instancePath: instancePath + "/speedup", parentData: data, parentDataProperty: "speedup", rootData })) {
                        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                        errors = vErrors.length;
                      }
                      var valid0 = _errs7 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.efficiency !== void 0) {
                        const _errs8 = errors;
                        if (!validate13(data.efficiency, { instancePath: instancePath + "/efficiency", parentData: data, parentDataProperty: "efficiency", rootData })) {
                          vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                          errors = vErrors.length;
                        }
                        var valid0 = _errs8 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.serial_wall_time !== void 0) {
                          const _errs9 = errors;
                          if (!validate13(data.serial_wall_time, { instancePath: instancePath + "/serial_wall_time", parentData: data, parentDataProperty: "serial_wall_time", rootData })) {
                            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                            errors = vErrors.length;
                          }
                          var valid0 = _errs9 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.serial_cpu_time !== void 0) {
                            const _errs10 = errors;
                            if (!validate13(data.serial_cpu_time, { instancePath: instancePath + "/serial_cpu_time", parentData: data, parentDataProperty: "serial_cpu_time", rootData })) {
                              vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs10 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.startup !== void 0) {
                              const _errs11 = errors;
                              if (!validate13(data.startup, { instancePath: instancePath + "/startup", parentData: data, parentDataProperty: "startup", rootData })) {
                                vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs11 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.shutdown !== void 0) {
                                const _errs12 = errors;
                                if (!validate13(data.shutdown, { instancePath: instancePath + "/shutdown", parentData: data, parentDataProperty: "shutdown", rootData })) {
                                  vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs12 === errors;
                              } else {
                                var valid0 = true;
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate122.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate122.errors = vErrors;
  return errors === 0;
}
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.startup === void 0 && (missing0 = "startup") || data.run === void 0 && (missing0 = "run") || data.shutdown === void 0 && (missing0 = "shutdown")) {
        validate26.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "startup" || key0 === "run" || key0 === "shutdown")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.startup !== void 0) {
            let data0 = data.startup;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 == "number") {
                if (data0 < 0 || isNaN(data0)) {
                  validate26.errors = [{ instancePath: instancePath + "/startup", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              } else {
                validate26.errors = [{ instancePath: instancePath + "/startup", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.run !== void 0) {
              let data1 = data.run;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 == "number") {
                  if (data1 < 0 || isNaN(data1)) {
                    validate26.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                } else {
                  validate26.errors = [{ instancePath: instancePath + "/run", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.shutdown !== void 0) {
                let data2 = data.shutdown;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data2 == "number") {
                    if (data2 < 0 || isNaN(data2)) {
                      validate26.errors = [{ instancePath: instancePath + "/shutdown", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  } else {
                    validate26.errors = [{ instancePath: instancePath + "/shutdown", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate26.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate26.errors = vErrors;
  return errors === 0;
}
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.rounds === void 0 && (missing0 = "rounds") || data.limit === void 0 && (missing0 = "limit")) {
        validate30.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "rounds" || key0 === "limit")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.rounds !== void 0) {
            let data0 = data.rounds;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (Array.isArray(data0)) {
                if (data0.length > 1e4) {
                  validate30.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                  return false;
                } else {
                  var valid2 = true;
                  const len0 = data0.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    const _errs5 = errors;
                    if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
                      validate30.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs5) {
                      if (typeof data1 == "number") {
                        if (data1 < 1 || isNaN(data1)) {
                          validate30.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                          return false;
                        }
                      }
                    }
                    var valid2 = _errs5 === errors;
                    if (!valid2) {
                      break;
                    }
                  }
                }
              } else {
                validate30.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.limit !== void 0) {
              const _errs7 = errors;
              if (!(typeof data.limit == "number")) {
                validate30.errors = [{ instancePath: instancePath + "/limit", schemaPath: "#/properties/limit/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
              var valid0 = _errs7 === errors;
            } else {
              var valid0 = true;
            }
          }
        }
      }
    } else {
      validate30.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
function validate292(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.wall_time === void 0 && (missing0 = "wall_time") || data.cpu_time === void 0 && (missing0 = "cpu_time") || data.speedup === void 0 && (missing0 = "speedup") || data.efficiency === void 0 && (missing0 = "efficiency") || data.stats === void 0 && (missing0 = "stats")) {
        validate292.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "wall_time" || key0 === "set_aside" || key0 === "serial_wall_time" || key0 === "cpu_time" || key0 === "speedup" || key0 === "efficiency" || key0 === "stats" || key0 === "rounds")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.wall_time !== void 0) {
            let data0 = data.wall_time;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 == "number") {
                if (data0 < 0 || isNaN(data0)) {
                  validate292.errors = [{ instancePath: instancePath + "/wall_time", schemaPath: "#/properties/wall_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              } else {
                validate292.errors = [{ instancePath: instancePath + "/wall_time", schemaPath: "#/properties/wall_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.set_aside !== void 0) {
              const _errs4 = errors;
              if (!validate30(data.set_aside, { instancePath: instancePath + "/set_aside", parentData: data, parentDataProperty: "set_aside", rootData })) {
                vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                errors = vErrors.length;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.serial_wall_time !== void 0) {
                let data2 = data.serial_wall_time;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (typeof data2 == "number") {
                    if (data2 < 0 || isNaN(data2)) {
                      validate292.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/properties/serial_wall_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  } else {
                    validate292.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/properties/serial_wall_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cpu_time !== void 0) {
                  let data3 = data.cpu_time;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (typeof data3 == "number") {
                      if (data3 < 0 || isNaN(data3)) {
                        validate292.errors = [{ instancePath: instancePath + "/cpu_time", schemaPath: "#/properties/cpu_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    } else {
                      validate292.errors = [{ instancePath: instancePath + "/cpu_time", schemaPath: "#/properties/cpu_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.speedup !== void 0) {
                    let data4 = data.speedup;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (typeof data4 == "number") {
                        if (data4 < 0 || isNaN(data4)) {
                          validate292.errors = [{ instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                          return false;
                        }
                      } else {
                        validate292.errors = [{ instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.efficiency !== void 0) {
                      let data5 = data.efficiency;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (typeof data5 == "number") {
                          if (data5 < 0 || isNaN(data5)) {
                            validate292.errors = [{ instancePath: instancePath + "/efficiency", schemaPath: "#/properties/efficiency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate292.errors = [{ instancePath: instancePath + "/efficiency", schemaPath: "#/properties/efficiency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.stats !== void 0) {
                        let data6 = data.stats;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                            let missing1;
                            if (data6.wall_time === void 0 && (missing1 = "wall_time") || data6.speedup === void 0 && (missing1 = "speedup")) {
                              validate292.errors = [{ instancePath: instancePath + "/stats", schemaPath: "#/properties/stats/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                              return false;
                            } else {
                              const _errs15 = errors;
                              for (const key1 in data6) {
                                if (!(key1 === "wall_time" || key1 === "speedup")) {
                                  delete data6[key1];
                                }
                              }
                              if (_errs15 === errors) {
                                if (data6.wall_time !== void 0) {
                                  const _errs16 = errors;
                                  if (!validate13(data6.wall_time, { instancePath: instancePath + "/stats/wall_time", parentData: data6, parentDataProperty: "wall_time", rootData })) {
                                    vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid1 = _errs16 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data6.speedup !== void 0) {
                                    const _errs17 = errors;
                                    if (!validate13(data6.speedup, { instancePath: instancePath + "/stats/speedup", parentData: data6, parentDataProperty: "speedup", rootData })) {
                                      vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
                                      errors = vErrors.length;
                                    }
                                    var valid1 = _errs17 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                }
                              }
                            }
                          } else {
                            validate292.errors = [{ instancePath: instancePath + "/stats", schemaPath: "#/properties/stats/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.rounds !== void 0) {
                          let data9 = data.rounds;
                          const _errs18 = errors;
                          const _errs19 = errors;
                          if (errors === _errs19) {
                            if (Array.isArray(data9)) {
                              if (data9.length > 1e4) {
                                validate292.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                                return false;
                              } else {
                                var valid3 = true;
                                const len0 = data9.length;
                                for (let i0 = 0; i0 < len0; i0++) {
                                  let data10 = data9[i0];
                                  const _errs21 = errors;
                                  if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                                    validate292.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs21) {
                                    if (typeof data10 == "number") {
                                      if (data10 < 1 || isNaN(data10)) {
                                        validate292.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid3 = _errs21 === errors;
                                  if (!valid3) {
                                    break;
                                  }
                                }
                              }
                            } else {
                              validate292.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                              return false;
                            }
                          }
                          var valid0 = _errs18 === errors;
                        } else {
                          var valid0 = true;
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate292.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate292.errors = vErrors;
  return errors === 0;
}
var schema312 = { "description": "A duration level: what calibration chose the cell's arg by.", "type": "object", "required": ["target_s", "measured_s"], "properties": { "target_s": { "$ref": "#/definitions/seconds" }, "measured_s": { "$ref": "#/definitions/seconds" }, "samples": { "description": "Seconds per call of the chosen arg, as checked; measured_s is their median.", "$ref": "#/definitions/samples" }, "source": { "description": "search: the calibrating runner's calls; serial: the time per task of the serial runs of an argument corrected on the serial path.", "enum": ["search", "serial"] }, "fit": { "description": "The search's line seconds = a + b \xD7 arg near this target.", "type": "object", "required": ["a", "b"], "properties": { "a": { "type": "number" }, "b": { "type": "number" } }, "additionalProperties": false }, "note": { "type": "string", "maxLength": 4e3 } }, "additionalProperties": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.target_s === void 0 && (missing0 = "target_s") || data.measured_s === void 0 && (missing0 = "measured_s")) {
        validate36.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "target_s" || key0 === "measured_s" || key0 === "samples" || key0 === "source" || key0 === "fit" || key0 === "note")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.target_s !== void 0) {
            let data0 = data.target_s;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 == "number") {
                if (data0 < 0 || isNaN(data0)) {
                  validate36.errors = [{ instancePath: instancePath + "/target_s", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                  return false;
                }
              } else {
                validate36.errors = [{ instancePath: instancePath + "/target_s", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.measured_s !== void 0) {
              let data1 = data.measured_s;
              const _errs5 = errors;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (typeof data1 == "number") {
                  if (data1 < 0 || isNaN(data1)) {
                    validate36.errors = [{ instancePath: instancePath + "/measured_s", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                } else {
                  validate36.errors = [{ instancePath: instancePath + "/measured_s", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                  return false;
                }
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.samples !== void 0) {
                let data2 = data.samples;
                const _errs8 = errors;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (Array.isArray(data2)) {
                    if (data2.length > 1e4) {
                      validate36.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/definitions/samples/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                      return false;
                    } else {
                      var valid4 = true;
                      const len0 = data2.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        let data3 = data2[i0];
                        const _errs11 = errors;
                        if (errors === _errs11) {
                          if (typeof data3 == "number") {
                            if (data3 < 0 || isNaN(data3)) {
                              validate36.errors = [{ instancePath: instancePath + "/samples/" + i0, schemaPath: "#/definitions/samples/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          } else {
                            validate36.errors = [{ instancePath: instancePath + "/samples/" + i0, schemaPath: "#/definitions/samples/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid4 = _errs11 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    }
                  } else {
                    validate36.errors = [{ instancePath: instancePath + "/samples", schemaPath: "#/definitions/samples/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.source !== void 0) {
                  let data4 = data.source;
                  const _errs13 = errors;
                  if (!(data4 === "search" || data4 === "serial")) {
                    validate36.errors = [{ instancePath: instancePath + "/source", schemaPath: "#/properties/source/enum", keyword: "enum", params: { allowedValues: schema312.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs13 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.fit !== void 0) {
                    let data5 = data.fit;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.a === void 0 && (missing1 = "a") || data5.b === void 0 && (missing1 = "b")) {
                          validate36.errors = [{ instancePath: instancePath + "/fit", schemaPath: "#/properties/fit/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs16 = errors;
                          for (const key1 in data5) {
                            if (!(key1 === "a" || key1 === "b")) {
                              delete data5[key1];
                            }
                          }
                          if (_errs16 === errors) {
                            if (data5.a !== void 0) {
                              const _errs17 = errors;
                              if (!(typeof data5.a == "number")) {
                                validate36.errors = [{ instancePath: instancePath + "/fit/a", schemaPath: "#/properties/fit/properties/a/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                return false;
                              }
                              var valid5 = _errs17 === errors;
                            } else {
                              var valid5 = true;
                            }
                            if (valid5) {
                              if (data5.b !== void 0) {
                                const _errs19 = errors;
                                if (!(typeof data5.b == "number")) {
                                  validate36.errors = [{ instancePath: instancePath + "/fit/b", schemaPath: "#/properties/fit/properties/b/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                  return false;
                                }
                                var valid5 = _errs19 === errors;
                              } else {
                                var valid5 = true;
                              }
                            }
                          }
                        }
                      } else {
                        validate36.errors = [{ instancePath: instancePath + "/fit", schemaPath: "#/properties/fit/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs14 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.note !== void 0) {
                      let data8 = data.note;
                      const _errs21 = errors;
                      if (errors === _errs21) {
                        if (typeof data8 === "string") {
                          if (func3(data8) > 4e3) {
                            validate36.errors = [{ instancePath: instancePath + "/note", schemaPath: "#/properties/note/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                            return false;
                          }
                        } else {
                          validate36.errors = [{ instancePath: instancePath + "/note", schemaPath: "#/properties/note/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                      }
                      var valid0 = _errs21 === errors;
                    } else {
                      var valid0 = true;
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate36.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate36.errors = vErrors;
  return errors === 0;
}
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.round === void 0 && (missing0 = "round") || data.reason === void 0 && (missing0 = "reason") || data.wall_time === void 0 && (missing0 = "wall_time") || data.cpu_time === void 0 && (missing0 = "cpu_time") || data.serial_wall_time === void 0 && (missing0 = "serial_wall_time") || data.speedup === void 0 && (missing0 = "speedup")) {
        validate38.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "round" || key0 === "reason" || key0 === "wall_time" || key0 === "cpu_time" || key0 === "cpu_phases" || key0 === "serial_wall_time" || key0 === "speedup")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.round !== void 0) {
            let data0 = data.round;
            const _errs2 = errors;
            if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)))) {
              validate38.errors = [{ instancePath: instancePath + "/round", schemaPath: "#/properties/round/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
              return false;
            }
            if (errors === _errs2) {
              if (typeof data0 == "number") {
                if (data0 < 1 || isNaN(data0)) {
                  validate38.errors = [{ instancePath: instancePath + "/round", schemaPath: "#/properties/round/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                  return false;
                }
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reason !== void 0) {
              let data1 = data.reason;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func3(data1) > 4e3) {
                    validate38.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                    return false;
                  }
                } else {
                  validate38.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.wall_time !== void 0) {
                let data2 = data.wall_time;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 == "number") {
                    if (data2 < 0 || isNaN(data2)) {
                      validate38.errors = [{ instancePath: instancePath + "/wall_time", schemaPath: "#/properties/wall_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                      return false;
                    }
                  } else {
                    validate38.errors = [{ instancePath: instancePath + "/wall_time", schemaPath: "#/properties/wall_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.cpu_time !== void 0) {
                  let data3 = data.cpu_time;
                  const _errs8 = errors;
                  if (errors === _errs8) {
                    if (typeof data3 == "number") {
                      if (data3 < 0 || isNaN(data3)) {
                        validate38.errors = [{ instancePath: instancePath + "/cpu_time", schemaPath: "#/properties/cpu_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    } else {
                      validate38.errors = [{ instancePath: instancePath + "/cpu_time", schemaPath: "#/properties/cpu_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.cpu_phases !== void 0) {
                    const _errs10 = errors;
                    if (!validate26(data.cpu_phases, { instancePath: instancePath + "/cpu_phases", parentData: data, parentDataProperty: "cpu_phases", rootData })) {
                      vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                      errors = vErrors.length;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.serial_wall_time !== void 0) {
                      let data5 = data.serial_wall_time;
                      const _errs11 = errors;
                      if (errors === _errs11) {
                        if (typeof data5 == "number") {
                          if (data5 < 0 || isNaN(data5)) {
                            validate38.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/properties/serial_wall_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate38.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/properties/serial_wall_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid0 = _errs11 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.speedup !== void 0) {
                        let data6 = data.speedup;
                        const _errs13 = errors;
                        if (errors === _errs13) {
                          if (typeof data6 == "number") {
                            if (data6 < 0 || isNaN(data6)) {
                              validate38.errors = [{ instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                              return false;
                            }
                          } else {
                            validate38.errors = [{ instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                        }
                        var valid0 = _errs13 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate38.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs1 = errors;
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.status !== void 0) {
      if ("ok" !== data.status) {
        const err0 = {};
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.metrics === void 0 && (missing0 = "metrics") || data.serial_wall_time === void 0 && (missing0 = "serial_wall_time") || data.stats === void 0 && (missing0 = "stats") || data.noisy === void 0 && (missing0 = "noisy") || data.phases === void 0 && (missing0 = "phases")) {
        validate11.errors = [{ instancePath, schemaPath: "#/allOf/0/then/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
  }
  if (!valid1) {
    const err1 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
    validate11.errors = vErrors;
    return false;
  }
  var valid0 = _errs1 === errors;
  if (valid0) {
    const _errs6 = errors;
    const _errs7 = errors;
    let valid3 = true;
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.status !== void 0) {
        if ("failed" !== data.status) {
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
    var _valid1 = _errs8 === errors;
    errors = _errs7;
    if (vErrors !== null) {
      if (_errs7) {
        vErrors.length = _errs7;
      } else {
        vErrors = null;
      }
    }
    if (_valid1) {
      const _errs10 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing1;
        if (data.error === void 0 && (missing1 = "error")) {
          validate11.errors = [{ instancePath, schemaPath: "#/allOf/1/then/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
          return false;
        }
      }
      var _valid1 = _errs10 === errors;
      valid3 = _valid1;
    }
    if (!valid3) {
      const err3 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
      validate11.errors = vErrors;
      return false;
    }
    var valid0 = _errs6 === errors;
    if (valid0) {
      const _errs11 = errors;
      const _errs12 = errors;
      let valid5 = true;
      const _errs13 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.status !== void 0) {
          if ("skipped" !== data.status) {
            const err4 = {};
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
      var _valid2 = _errs13 === errors;
      errors = _errs12;
      if (vErrors !== null) {
        if (_errs12) {
          vErrors.length = _errs12;
        } else {
          vErrors = null;
        }
      }
      if (_valid2) {
        const _errs15 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
          let missing2;
          if (data.reason === void 0 && (missing2 = "reason")) {
            validate11.errors = [{ instancePath, schemaPath: "#/allOf/2/then/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
            return false;
          }
        }
        var _valid2 = _errs15 === errors;
        valid5 = _valid2;
      }
      if (!valid5) {
        const err5 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema' };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
        validate11.errors = vErrors;
        return false;
      }
      var valid0 = _errs11 === errors;
    }
  }
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing3;
      if (data.runtime === void 0 && (missing3 = "runtime") || data.strategy === void 0 && (missing3 = "strategy") || data.workload === void 0 && (missing3 = "workload") || data.level === void 0 && (missing3 = "level") || data.workers === void 0 && (missing3 = "workers") || data.tasks === void 0 && (missing3 = "tasks") || data.status === void 0 && (missing3 = "status")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
        return false;
      } else {
        const _errs16 = errors;
        for (const key0 in data) {
          if (!func22.call(schema132.properties, key0)) {
            delete data[key0];
          }
        }
        if (_errs16 === errors) {
          if (data.runtime !== void 0) {
            let data3 = data.runtime;
            const _errs17 = errors;
            if (errors === _errs17) {
              if (typeof data3 === "string") {
                if (func3(data3) > 200) {
                  validate11.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                  return false;
                }
              } else {
                validate11.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid7 = _errs17 === errors;
          } else {
            var valid7 = true;
          }
          if (valid7) {
            if (data.strategy !== void 0) {
              let data4 = data.strategy;
              const _errs19 = errors;
              if (errors === _errs19) {
                if (typeof data4 === "string") {
                  if (func3(data4) > 200) {
                    validate11.errors = [{ instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                    return false;
                  }
                } else {
                  validate11.errors = [{ instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid7 = _errs19 === errors;
            } else {
              var valid7 = true;
            }
            if (valid7) {
              if (data.workload !== void 0) {
                let data5 = data.workload;
                const _errs21 = errors;
                if (errors === _errs21) {
                  if (typeof data5 === "string") {
                    if (func3(data5) > 200) {
                      validate11.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                      return false;
                    }
                  } else {
                    validate11.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid7 = _errs21 === errors;
              } else {
                var valid7 = true;
              }
              if (valid7) {
                if (data.level !== void 0) {
                  let data6 = data.level;
                  const _errs23 = errors;
                  if (errors === _errs23) {
                    if (typeof data6 === "string") {
                      if (func3(data6) > 200) {
                        validate11.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                        return false;
                      }
                    } else {
                      validate11.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                      return false;
                    }
                  }
                  var valid7 = _errs23 === errors;
                } else {
                  var valid7 = true;
                }
                if (valid7) {
                  if (data.arg !== void 0) {
                    let data7 = data.arg;
                    const _errs25 = errors;
                    const _errs26 = errors;
                    if (typeof data7 != "object" && !(typeof data7 == "number") && typeof data7 !== "string" && typeof data7 !== "boolean") {
                      validate11.errors = [{ instancePath: instancePath + "/arg", schemaPath: "#/definitions/json_value/type", keyword: "type", params: { type: schema142.type }, message: "must be number,string,boolean,null,array,object" }];
                      return false;
                    }
                    if (errors === _errs26) {
                      if (typeof data7 === "string") {
                        if (func3(data7) > 1e3) {
                          validate11.errors = [{ instancePath: instancePath + "/arg", schemaPath: "#/definitions/json_value/maxLength", keyword: "maxLength", params: { limit: 1e3 }, message: "must NOT have more than 1000 characters" }];
                          return false;
                        }
                      }
                      if (errors === _errs26) {
                        if (Array.isArray(data7)) {
                          if (data7.length > 1e3) {
                            validate11.errors = [{ instancePath: instancePath + "/arg", schemaPath: "#/definitions/json_value/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" }];
                            return false;
                          }
                        }
                        if (errors === _errs26) {
                          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                            if (Object.keys(data7).length > 1e3) {
                              validate11.errors = [{ instancePath: instancePath + "/arg", schemaPath: "#/definitions/json_value/maxProperties", keyword: "maxProperties", params: { limit: 1e3 }, message: "must NOT have more than 1000 properties" }];
                              return false;
                            }
                          }
                        }
                      }
                    }
                    var valid7 = _errs25 === errors;
                  } else {
                    var valid7 = true;
                  }
                  if (valid7) {
                    if (data.target_s !== void 0) {
                      let data8 = data.target_s;
                      const _errs28 = errors;
                      const _errs29 = errors;
                      if (errors === _errs29) {
                        if (typeof data8 == "number") {
                          if (data8 < 0 || isNaN(data8)) {
                            validate11.errors = [{ instancePath: instancePath + "/target_s", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                            return false;
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/target_s", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                      }
                      var valid7 = _errs28 === errors;
                    } else {
                      var valid7 = true;
                    }
                    if (valid7) {
                      if (data.workers !== void 0) {
                        let data9 = data.workers;
                        const _errs31 = errors;
                        if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                          validate11.errors = [{ instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs31) {
                          if (typeof data9 == "number") {
                            if (data9 < 1 || isNaN(data9)) {
                              validate11.errors = [{ instancePath: instancePath + "/workers", schemaPath: "#/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                              return false;
                            }
                          }
                        }
                        var valid7 = _errs31 === errors;
                      } else {
                        var valid7 = true;
                      }
                      if (valid7) {
                        if (data.tasks !== void 0) {
                          let data10 = data.tasks;
                          const _errs33 = errors;
                          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                            validate11.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs33) {
                            if (typeof data10 == "number") {
                              if (data10 < 1 || isNaN(data10)) {
                                validate11.errors = [{ instancePath: instancePath + "/tasks", schemaPath: "#/properties/tasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid7 = _errs33 === errors;
                        } else {
                          var valid7 = true;
                        }
                        if (valid7) {
                          if (data.status !== void 0) {
                            let data11 = data.status;
                            const _errs35 = errors;
                            if (!(data11 === "ok" || data11 === "failed" || data11 === "skipped")) {
                              validate11.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema132.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                              return false;
                            }
                            var valid7 = _errs35 === errors;
                          } else {
                            var valid7 = true;
                          }
                          if (valid7) {
                            if (data.metrics !== void 0) {
                              let data12 = data.metrics;
                              const _errs36 = errors;
                              const _errs37 = errors;
                              if (errors === _errs37) {
                                if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                  let missing4;
                                  if (data12.wall_time === void 0 && (missing4 = "wall_time") || data12.cpu_time === void 0 && (missing4 = "cpu_time") || data12.throughput === void 0 && (missing4 = "throughput") || data12.memory_mb === void 0 && (missing4 = "memory_mb") || data12.gil_eff === void 0 && (missing4 = "gil_eff") || data12.speedup === void 0 && (missing4 = "speedup") || data12.efficiency === void 0 && (missing4 = "efficiency")) {
                                    validate11.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metrics/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                    return false;
                                  } else {
                                    const _errs39 = errors;
                                    for (const key1 in data12) {
                                      if (!(key1 === "wall_time" || key1 === "cpu_time" || key1 === "throughput" || key1 === "memory_mb" || key1 === "gil_eff" || key1 === "speedup" || key1 === "efficiency")) {
                                        delete data12[key1];
                                      }
                                    }
                                    if (_errs39 === errors) {
                                      if (data12.wall_time !== void 0) {
                                        let data13 = data12.wall_time;
                                        const _errs40 = errors;
                                        if (errors === _errs40) {
                                          if (typeof data13 == "number") {
                                            if (data13 < 0 || isNaN(data13)) {
                                              validate11.errors = [{ instancePath: instancePath + "/metrics/wall_time", schemaPath: "#/definitions/metrics/properties/wall_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                              return false;
                                            }
                                          } else {
                                            validate11.errors = [{ instancePath: instancePath + "/metrics/wall_time", schemaPath: "#/definitions/metrics/properties/wall_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                            return false;
                                          }
                                        }
                                        var valid11 = _errs40 === errors;
                                      } else {
                                        var valid11 = true;
                                      }
                                      if (valid11) {
                                        if (data12.cpu_time !== void 0) {
                                          let data14 = data12.cpu_time;
                                          const _errs42 = errors;
                                          if (errors === _errs42) {
                                            if (typeof data14 == "number") {
                                              if (data14 < 0 || isNaN(data14)) {
                                                validate11.errors = [{ instancePath: instancePath + "/metrics/cpu_time", schemaPath: "#/definitions/metrics/properties/cpu_time/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                return false;
                                              }
                                            } else {
                                              validate11.errors = [{ instancePath: instancePath + "/metrics/cpu_time", schemaPath: "#/definitions/metrics/properties/cpu_time/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                              return false;
                                            }
                                          }
                                          var valid11 = _errs42 === errors;
                                        } else {
                                          var valid11 = true;
                                        }
                                        if (valid11) {
                                          if (data12.throughput !== void 0) {
                                            let data15 = data12.throughput;
                                            const _errs44 = errors;
                                            if (errors === _errs44) {
                                              if (typeof data15 == "number") {
                                                if (data15 < 0 || isNaN(data15)) {
                                                  validate11.errors = [{ instancePath: instancePath + "/metrics/throughput", schemaPath: "#/definitions/metrics/properties/throughput/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              } else {
                                                validate11.errors = [{ instancePath: instancePath + "/metrics/throughput", schemaPath: "#/definitions/metrics/properties/throughput/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid11 = _errs44 === errors;
                                          } else {
                                            var valid11 = true;
                                          }
                                          if (valid11) {
                                            if (data12.memory_mb !== void 0) {
                                              let data16 = data12.memory_mb;
                                              const _errs46 = errors;
                                              if (errors === _errs46) {
                                                if (typeof data16 == "number") {
                                                  if (data16 < 0 || isNaN(data16)) {
                                                    validate11.errors = [{ instancePath: instancePath + "/metrics/memory_mb", schemaPath: "#/definitions/metrics/properties/memory_mb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                    return false;
                                                  }
                                                } else {
                                                  validate11.errors = [{ instancePath: instancePath + "/metrics/memory_mb", schemaPath: "#/definitions/metrics/properties/memory_mb/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                  return false;
                                                }
                                              }
                                              var valid11 = _errs46 === errors;
                                            } else {
                                              var valid11 = true;
                                            }
                                            if (valid11) {
                                              if (data12.gil_eff !== void 0) {
                                                let data17 = data12.gil_eff;
                                                const _errs48 = errors;
                                                if (errors === _errs48) {
                                                  if (typeof data17 == "number") {
                                                    if (data17 < 0 || isNaN(data17)) {
                                                      validate11.errors = [{ instancePath: instancePath + "/metrics/gil_eff", schemaPath: "#/definitions/metrics/properties/gil_eff/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate11.errors = [{ instancePath: instancePath + "/metrics/gil_eff", schemaPath: "#/definitions/metrics/properties/gil_eff/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                    return false;
                                                  }
                                                }
                                                var valid11 = _errs48 === errors;
                                              } else {
                                                var valid11 = true;
                                              }
                                              if (valid11) {
                                                if (data12.speedup !== void 0) {
                                                  let data18 = data12.speedup;
                                                  const _errs50 = errors;
                                                  if (errors === _errs50) {
                                                    if (typeof data18 == "number") {
                                                      if (data18 < 0 || isNaN(data18)) {
                                                        validate11.errors = [{ instancePath: instancePath + "/metrics/speedup", schemaPath: "#/definitions/metrics/properties/speedup/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate11.errors = [{ instancePath: instancePath + "/metrics/speedup", schemaPath: "#/definitions/metrics/properties/speedup/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid11 = _errs50 === errors;
                                                } else {
                                                  var valid11 = true;
                                                }
                                                if (valid11) {
                                                  if (data12.efficiency !== void 0) {
                                                    let data19 = data12.efficiency;
                                                    const _errs52 = errors;
                                                    if (errors === _errs52) {
                                                      if (typeof data19 == "number") {
                                                        if (data19 < 0 || isNaN(data19)) {
                                                          validate11.errors = [{ instancePath: instancePath + "/metrics/efficiency", schemaPath: "#/definitions/metrics/properties/efficiency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate11.errors = [{ instancePath: instancePath + "/metrics/efficiency", schemaPath: "#/definitions/metrics/properties/efficiency/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid11 = _errs52 === errors;
                                                  } else {
                                                    var valid11 = true;
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate11.errors = [{ instancePath: instancePath + "/metrics", schemaPath: "#/definitions/metrics/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid7 = _errs36 === errors;
                            } else {
                              var valid7 = true;
                            }
                            if (valid7) {
                              if (data.serial_wall_time !== void 0) {
                                let data20 = data.serial_wall_time;
                                const _errs54 = errors;
                                const _errs55 = errors;
                                if (errors === _errs55) {
                                  if (typeof data20 == "number") {
                                    if (data20 < 0 || isNaN(data20)) {
                                      validate11.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/definitions/seconds/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  } else {
                                    validate11.errors = [{ instancePath: instancePath + "/serial_wall_time", schemaPath: "#/definitions/seconds/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                    return false;
                                  }
                                }
                                var valid7 = _errs54 === errors;
                              } else {
                                var valid7 = true;
                              }
                              if (valid7) {
                                if (data.stats !== void 0) {
                                  const _errs57 = errors;
                                  if (!validate122(data.stats, { instancePath: instancePath + "/stats", parentData: data, parentDataProperty: "stats", rootData })) {
                                    vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid7 = _errs57 === errors;
                                } else {
                                  var valid7 = true;
                                }
                                if (valid7) {
                                  if (data.rounds !== void 0) {
                                    let data22 = data.rounds;
                                    const _errs58 = errors;
                                    const _errs59 = errors;
                                    if (errors === _errs59) {
                                      if (Array.isArray(data22)) {
                                        if (data22.length > 1e4) {
                                          validate11.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                                          return false;
                                        } else {
                                          var valid14 = true;
                                          const len0 = data22.length;
                                          for (let i0 = 0; i0 < len0; i0++) {
                                            let data23 = data22[i0];
                                            const _errs61 = errors;
                                            if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                                              validate11.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            if (errors === _errs61) {
                                              if (typeof data23 == "number") {
                                                if (data23 < 1 || isNaN(data23)) {
                                                  validate11.errors = [{ instancePath: instancePath + "/rounds/" + i0, schemaPath: "#/definitions/rounds/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                  return false;
                                                }
                                              }
                                            }
                                            var valid14 = _errs61 === errors;
                                            if (!valid14) {
                                              break;
                                            }
                                          }
                                        }
                                      } else {
                                        validate11.errors = [{ instancePath: instancePath + "/rounds", schemaPath: "#/definitions/rounds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid7 = _errs58 === errors;
                                  } else {
                                    var valid7 = true;
                                  }
                                  if (valid7) {
                                    if (data.noisy !== void 0) {
                                      const _errs63 = errors;
                                      if (typeof data.noisy !== "boolean") {
                                        validate11.errors = [{ instancePath: instancePath + "/noisy", schemaPath: "#/properties/noisy/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                        return false;
                                      }
                                      var valid7 = _errs63 === errors;
                                    } else {
                                      var valid7 = true;
                                    }
                                    if (valid7) {
                                      if (data.phases !== void 0) {
                                        const _errs65 = errors;
                                        if (!validate26(data.phases, { instancePath: instancePath + "/phases", parentData: data, parentDataProperty: "phases", rootData })) {
                                          vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                          errors = vErrors.length;
                                        }
                                        var valid7 = _errs65 === errors;
                                      } else {
                                        var valid7 = true;
                                      }
                                      if (valid7) {
                                        if (data.cpu_phases !== void 0) {
                                          const _errs66 = errors;
                                          if (!validate26(data.cpu_phases, { instancePath: instancePath + "/cpu_phases", parentData: data, parentDataProperty: "cpu_phases", rootData })) {
                                            vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
                                            errors = vErrors.length;
                                          }
                                          var valid7 = _errs66 === errors;
                                        } else {
                                          var valid7 = true;
                                        }
                                        if (valid7) {
                                          if (data.precision !== void 0) {
                                            let data27 = data.precision;
                                            const _errs67 = errors;
                                            if (errors === _errs67) {
                                              if (typeof data27 == "number") {
                                                if (data27 < 0 || isNaN(data27)) {
                                                  validate11.errors = [{ instancePath: instancePath + "/precision", schemaPath: "#/properties/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                  return false;
                                                }
                                              } else {
                                                validate11.errors = [{ instancePath: instancePath + "/precision", schemaPath: "#/properties/precision/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                return false;
                                              }
                                            }
                                            var valid7 = _errs67 === errors;
                                          } else {
                                            var valid7 = true;
                                          }
                                          if (valid7) {
                                            if (data.warm !== void 0) {
                                              const _errs69 = errors;
                                              if (!validate292(data.warm, { instancePath: instancePath + "/warm", parentData: data, parentDataProperty: "warm", rootData })) {
                                                vErrors = vErrors === null ? validate292.errors : vErrors.concat(validate292.errors);
                                                errors = vErrors.length;
                                              }
                                              var valid7 = _errs69 === errors;
                                            } else {
                                              var valid7 = true;
                                            }
                                            if (valid7) {
                                              if (data.warm_set_aside !== void 0) {
                                                const _errs70 = errors;
                                                if (!validate30(data.warm_set_aside, { instancePath: instancePath + "/warm_set_aside", parentData: data, parentDataProperty: "warm_set_aside", rootData })) {
                                                  vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid7 = _errs70 === errors;
                                              } else {
                                                var valid7 = true;
                                              }
                                              if (valid7) {
                                                if (data.calibration !== void 0) {
                                                  const _errs71 = errors;
                                                  if (!validate36(data.calibration, { instancePath: instancePath + "/calibration", parentData: data, parentDataProperty: "calibration", rootData })) {
                                                    vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                                                    errors = vErrors.length;
                                                  }
                                                  var valid7 = _errs71 === errors;
                                                } else {
                                                  var valid7 = true;
                                                }
                                                if (valid7) {
                                                  if (data.info !== void 0) {
                                                    let data31 = data.info;
                                                    const _errs72 = errors;
                                                    if (errors === _errs72) {
                                                      if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                                                        if (Object.keys(data31).length > 20) {
                                                          validate11.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/maxProperties", keyword: "maxProperties", params: { limit: 20 }, message: "must NOT have more than 20 properties" }];
                                                          return false;
                                                        } else {
                                                          for (const key2 in data31) {
                                                            const _errs74 = errors;
                                                            if (typeof key2 === "string") {
                                                              if (func3(key2) > 100) {
                                                                const err6 = { instancePath: instancePath + "/info", schemaPath: "#/properties/info/propertyNames/maxLength", keyword: "maxLength", params: { limit: 100 }, message: "must NOT have more than 100 characters", propertyName: key2 };
                                                                if (vErrors === null) {
                                                                  vErrors = [err6];
                                                                } else {
                                                                  vErrors.push(err6);
                                                                }
                                                                errors++;
                                                              }
                                                            }
                                                            var valid15 = _errs74 === errors;
                                                            if (!valid15) {
                                                              const err7 = { instancePath: instancePath + "/info", schemaPath: "#/properties/info/propertyNames", keyword: "propertyNames", params: { propertyName: key2 }, message: "property name must be valid" };
                                                              if (vErrors === null) {
                                                                vErrors = [err7];
                                                              } else {
                                                                vErrors.push(err7);
                                                              }
                                                              errors++;
                                                              validate11.errors = vErrors;
                                                              return false;
                                                              break;
                                                            }
                                                          }
                                                          if (valid15) {
                                                            for (const key3 in data31) {
                                                              let data32 = data31[key3];
                                                              const _errs76 = errors;
                                                              if (typeof data32 !== "string" && !(typeof data32 == "number") && typeof data32 !== "boolean" && data32 !== null) {
                                                                validate11.errors = [{ instancePath: instancePath + "/info/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/info/additionalProperties/type", keyword: "type", params: { type: schema132.properties.info.additionalProperties.type }, message: "must be string,number,boolean,null" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs76) {
                                                                if (typeof data32 === "string") {
                                                                  if (func3(data32) > 200) {
                                                                    validate11.errors = [{ instancePath: instancePath + "/info/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/info/additionalProperties/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid16 = _errs76 === errors;
                                                              if (!valid16) {
                                                                break;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        validate11.errors = [{ instancePath: instancePath + "/info", schemaPath: "#/properties/info/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid7 = _errs72 === errors;
                                                  } else {
                                                    var valid7 = true;
                                                  }
                                                  if (valid7) {
                                                    if (data.outliers !== void 0) {
                                                      let data33 = data.outliers;
                                                      const _errs78 = errors;
                                                      if (errors === _errs78) {
                                                        if (Array.isArray(data33)) {
                                                          if (data33.length > 1e4) {
                                                            validate11.errors = [{ instancePath: instancePath + "/outliers", schemaPath: "#/properties/outliers/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                                                            return false;
                                                          } else {
                                                            var valid17 = true;
                                                            const len1 = data33.length;
                                                            for (let i1 = 0; i1 < len1; i1++) {
                                                              const _errs80 = errors;
                                                              if (!validate38(data33[i1], { instancePath: instancePath + "/outliers/" + i1, parentData: data33, parentDataProperty: i1, rootData })) {
                                                                vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
                                                                errors = vErrors.length;
                                                              }
                                                              var valid17 = _errs80 === errors;
                                                              if (!valid17) {
                                                                break;
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate11.errors = [{ instancePath: instancePath + "/outliers", schemaPath: "#/properties/outliers/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid7 = _errs78 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                    if (valid7) {
                                                      if (data.error !== void 0) {
                                                        let data35 = data.error;
                                                        const _errs81 = errors;
                                                        if (errors === _errs81) {
                                                          if (typeof data35 === "string") {
                                                            if (func3(data35) > 4e3) {
                                                              validate11.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate11.errors = [{ instancePath: instancePath + "/error", schemaPath: "#/properties/error/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid7 = _errs81 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                      if (valid7) {
                                                        if (data.reason !== void 0) {
                                                          let data36 = data.reason;
                                                          const _errs83 = errors;
                                                          if (errors === _errs83) {
                                                            if (typeof data36 === "string") {
                                                              if (func3(data36) > 4e3) {
                                                                validate11.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/maxLength", keyword: "maxLength", params: { limit: 4e3 }, message: "must NOT have more than 4000 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate11.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid7 = _errs83 === errors;
                                                        } else {
                                                          var valid7 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": "object", "required": ["workload", "basis", "level", "status", "best"], "properties": { "workload": { "type": "string", "maxLength": 200 }, "basis": { "enum": ["cold", "warm"] }, "level": { "type": "string", "maxLength": 200 }, "status": { "enum": ["best", "tie", "serial", "inconclusive"] }, "best": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } }, "unresolved": { "type": "array", "maxItems": 100, "items": { "type": "string", "maxLength": 200 } }, "excluded": { "type": "array", "maxItems": 100, "items": { "type": "object", "required": ["model", "by"], "properties": { "model": { "type": "string", "maxLength": 200 }, "by": { "enum": ["cpu", "speed"] } }, "additionalProperties": false } }, "speedup": { "type": "number" }, "ci": { "$ref": "#/definitions/interval" } }, "additionalProperties": false };
function validate422(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.workload === void 0 && (missing0 = "workload") || data.basis === void 0 && (missing0 = "basis") || data.level === void 0 && (missing0 = "level") || data.status === void 0 && (missing0 = "status") || data.best === void 0 && (missing0 = "best")) {
        validate422.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func22.call(schema36.properties, key0)) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.workload !== void 0) {
            let data0 = data.workload;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func3(data0) > 200) {
                  validate422.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                  return false;
                }
              } else {
                validate422.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.basis !== void 0) {
              let data1 = data.basis;
              const _errs4 = errors;
              if (!(data1 === "cold" || data1 === "warm")) {
                validate422.errors = [{ instancePath: instancePath + "/basis", schemaPath: "#/properties/basis/enum", keyword: "enum", params: { allowedValues: schema36.properties.basis.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.level !== void 0) {
                let data2 = data.level;
                const _errs5 = errors;
                if (errors === _errs5) {
                  if (typeof data2 === "string") {
                    if (func3(data2) > 200) {
                      validate422.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                      return false;
                    }
                  } else {
                    validate422.errors = [{ instancePath: instancePath + "/level", schemaPath: "#/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.status !== void 0) {
                  let data3 = data.status;
                  const _errs7 = errors;
                  if (!(data3 === "best" || data3 === "tie" || data3 === "serial" || data3 === "inconclusive")) {
                    validate422.errors = [{ instancePath: instancePath + "/status", schemaPath: "#/properties/status/enum", keyword: "enum", params: { allowedValues: schema36.properties.status.enum }, message: "must be equal to one of the allowed values" }];
                    return false;
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.best !== void 0) {
                    let data4 = data.best;
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (Array.isArray(data4)) {
                        if (data4.length > 100) {
                          validate422.errors = [{ instancePath: instancePath + "/best", schemaPath: "#/properties/best/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                          return false;
                        } else {
                          var valid1 = true;
                          const len0 = data4.length;
                          for (let i0 = 0; i0 < len0; i0++) {
                            let data5 = data4[i0];
                            const _errs10 = errors;
                            if (errors === _errs10) {
                              if (typeof data5 === "string") {
                                if (func3(data5) > 200) {
                                  validate422.errors = [{ instancePath: instancePath + "/best/" + i0, schemaPath: "#/properties/best/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                  return false;
                                }
                              } else {
                                validate422.errors = [{ instancePath: instancePath + "/best/" + i0, schemaPath: "#/properties/best/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid1 = _errs10 === errors;
                            if (!valid1) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate422.errors = [{ instancePath: instancePath + "/best", schemaPath: "#/properties/best/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs8 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.unresolved !== void 0) {
                      let data6 = data.unresolved;
                      const _errs12 = errors;
                      if (errors === _errs12) {
                        if (Array.isArray(data6)) {
                          if (data6.length > 100) {
                            validate422.errors = [{ instancePath: instancePath + "/unresolved", schemaPath: "#/properties/unresolved/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                            return false;
                          } else {
                            var valid2 = true;
                            const len1 = data6.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                              let data7 = data6[i1];
                              const _errs14 = errors;
                              if (errors === _errs14) {
                                if (typeof data7 === "string") {
                                  if (func3(data7) > 200) {
                                    validate422.errors = [{ instancePath: instancePath + "/unresolved/" + i1, schemaPath: "#/properties/unresolved/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate422.errors = [{ instancePath: instancePath + "/unresolved/" + i1, schemaPath: "#/properties/unresolved/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid2 = _errs14 === errors;
                              if (!valid2) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate422.errors = [{ instancePath: instancePath + "/unresolved", schemaPath: "#/properties/unresolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.excluded !== void 0) {
                        let data8 = data.excluded;
                        const _errs16 = errors;
                        if (errors === _errs16) {
                          if (Array.isArray(data8)) {
                            if (data8.length > 100) {
                              validate422.errors = [{ instancePath: instancePath + "/excluded", schemaPath: "#/properties/excluded/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                              return false;
                            } else {
                              var valid3 = true;
                              const len2 = data8.length;
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data9 = data8[i2];
                                const _errs18 = errors;
                                if (errors === _errs18) {
                                  if (data9 && typeof data9 == "object" && !Array.isArray(data9)) {
                                    let missing1;
                                    if (data9.model === void 0 && (missing1 = "model") || data9.by === void 0 && (missing1 = "by")) {
                                      validate422.errors = [{ instancePath: instancePath + "/excluded/" + i2, schemaPath: "#/properties/excluded/items/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                                      return false;
                                    } else {
                                      const _errs20 = errors;
                                      for (const key1 in data9) {
                                        if (!(key1 === "model" || key1 === "by")) {
                                          delete data9[key1];
                                        }
                                      }
                                      if (_errs20 === errors) {
                                        if (data9.model !== void 0) {
                                          let data10 = data9.model;
                                          const _errs21 = errors;
                                          if (errors === _errs21) {
                                            if (typeof data10 === "string") {
                                              if (func3(data10) > 200) {
                                                validate422.errors = [{ instancePath: instancePath + "/excluded/" + i2 + "/model", schemaPath: "#/properties/excluded/items/properties/model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                return false;
                                              }
                                            } else {
                                              validate422.errors = [{ instancePath: instancePath + "/excluded/" + i2 + "/model", schemaPath: "#/properties/excluded/items/properties/model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs21 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data9.by !== void 0) {
                                            let data11 = data9.by;
                                            const _errs23 = errors;
                                            if (!(data11 === "cpu" || data11 === "speed")) {
                                              validate422.errors = [{ instancePath: instancePath + "/excluded/" + i2 + "/by", schemaPath: "#/properties/excluded/items/properties/by/enum", keyword: "enum", params: { allowedValues: schema36.properties.excluded.items.properties.by.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid4 = _errs23 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate422.errors = [{ instancePath: instancePath + "/excluded/" + i2, schemaPath: "#/properties/excluded/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs18 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate422.errors = [{ instancePath: instancePath + "/excluded", schemaPath: "#/properties/excluded/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs16 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.speedup !== void 0) {
                          const _errs24 = errors;
                          if (!(typeof data.speedup == "number")) {
                            validate422.errors = [{ instancePath: instancePath + "/speedup", schemaPath: "#/properties/speedup/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                            return false;
                          }
                          var valid0 = _errs24 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.ci !== void 0) {
                            let data13 = data.ci;
                            const _errs26 = errors;
                            const _errs27 = errors;
                            if (errors === _errs27) {
                              if (Array.isArray(data13)) {
                                if (data13.length > 2) {
                                  validate422.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                                  return false;
                                } else {
                                  if (data13.length < 2) {
                                    validate422.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                                    return false;
                                  } else {
                                    var valid6 = true;
                                    const len3 = data13.length;
                                    for (let i3 = 0; i3 < len3; i3++) {
                                      const _errs29 = errors;
                                      if (!(typeof data13[i3] == "number")) {
                                        validate422.errors = [{ instancePath: instancePath + "/ci/" + i3, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                      var valid6 = _errs29 === errors;
                                      if (!valid6) {
                                        break;
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate422.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs26 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate422.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate422.errors = vErrors;
  return errors === 0;
}
var schema38 = { "type": "object", "required": ["runtime", "strategy", "workload", "fixed_cost_s", "per_task_s", "slope", "cold_task_s", "warm_task_s", "longest_task_s"], "properties": { "runtime": { "type": "string", "maxLength": 200 }, "strategy": { "type": "string", "maxLength": 200 }, "workload": { "type": "string", "maxLength": 200 }, "fixed_cost_s": { "type": "number" }, "per_task_s": { "type": "number" }, "slope": { "type": "number" }, "cold_task_s": { "type": ["number", "null"] }, "warm_task_s": { "type": ["number", "null"] }, "cold_task_ci": { "$ref": "#/definitions/interval_or_null" }, "warm_task_ci": { "$ref": "#/definitions/interval_or_null" }, "cold_speedup": { "$ref": "#/definitions/speedup_at" }, "warm_speedup": { "$ref": "#/definitions/speedup_at" }, "longest_task_s": { "type": "number" } }, "additionalProperties": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  const _errs2 = errors;
  if (errors === _errs2) {
    if (Array.isArray(data)) {
      if (data.length > 2) {
        const err0 = { instancePath, schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.length < 2) {
          const err1 = { instancePath, schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        } else {
          var valid2 = true;
          const len0 = data.length;
          for (let i0 = 0; i0 < len0; i0++) {
            const _errs4 = errors;
            if (!(typeof data[i0] == "number")) {
              const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            var valid2 = _errs4 === errors;
            if (!valid2) {
              break;
            }
          }
        }
      }
    } else {
      const err3 = { instancePath, schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs6 = errors;
    if (data !== null) {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "null" }, message: "must be null" };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs6 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
    validate45.errors = vErrors;
    return false;
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
  validate45.errors = vErrors;
  return errors === 0;
}
function validate482(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.median === void 0 && (missing0 = "median") || data.ci === void 0 && (missing0 = "ci") || data.ci_level === void 0 && (missing0 = "ci_level")) {
        validate482.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "median" || key0 === "ci" || key0 === "ci_level")) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.median !== void 0) {
            const _errs2 = errors;
            if (!(typeof data.median == "number")) {
              validate482.errors = [{ instancePath: instancePath + "/median", schemaPath: "#/properties/median/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.ci !== void 0) {
              let data1 = data.ci;
              const _errs4 = errors;
              const _errs5 = errors;
              if (errors === _errs5) {
                if (Array.isArray(data1)) {
                  if (data1.length > 2) {
                    validate482.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                    return false;
                  } else {
                    if (data1.length < 2) {
                      validate482.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items" }];
                      return false;
                    } else {
                      var valid2 = true;
                      const len0 = data1.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
                        if (!(typeof data1[i0] == "number")) {
                          validate482.errors = [{ instancePath: instancePath + "/ci/" + i0, schemaPath: "#/definitions/interval/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                          return false;
                        }
                        var valid2 = _errs7 === errors;
                        if (!valid2) {
                          break;
                        }
                      }
                    }
                  }
                } else {
                  validate482.errors = [{ instancePath: instancePath + "/ci", schemaPath: "#/definitions/interval/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.ci_level !== void 0) {
                let data3 = data.ci_level;
                const _errs9 = errors;
                if (errors === _errs9) {
                  if (typeof data3 == "number") {
                    if (data3 > 1 || isNaN(data3)) {
                      validate482.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1" }];
                      return false;
                    } else {
                      if (data3 < 0 || isNaN(data3)) {
                        validate482.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                        return false;
                      }
                    }
                  } else {
                    validate482.errors = [{ instancePath: instancePath + "/ci_level", schemaPath: "#/properties/ci_level/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                }
                var valid0 = _errs9 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate482.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate482.errors = vErrors;
  return errors === 0;
}
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.runtime === void 0 && (missing0 = "runtime") || data.strategy === void 0 && (missing0 = "strategy") || data.workload === void 0 && (missing0 = "workload") || data.fixed_cost_s === void 0 && (missing0 = "fixed_cost_s") || data.per_task_s === void 0 && (missing0 = "per_task_s") || data.slope === void 0 && (missing0 = "slope") || data.cold_task_s === void 0 && (missing0 = "cold_task_s") || data.warm_task_s === void 0 && (missing0 = "warm_task_s") || data.longest_task_s === void 0 && (missing0 = "longest_task_s")) {
        validate44.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func22.call(schema38.properties, key0)) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.runtime !== void 0) {
            let data0 = data.runtime;
            const _errs2 = errors;
            if (errors === _errs2) {
              if (typeof data0 === "string") {
                if (func3(data0) > 200) {
                  validate44.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                  return false;
                }
              } else {
                validate44.errors = [{ instancePath: instancePath + "/runtime", schemaPath: "#/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.strategy !== void 0) {
              let data1 = data.strategy;
              const _errs4 = errors;
              if (errors === _errs4) {
                if (typeof data1 === "string") {
                  if (func3(data1) > 200) {
                    validate44.errors = [{ instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                    return false;
                  }
                } else {
                  validate44.errors = [{ instancePath: instancePath + "/strategy", schemaPath: "#/properties/strategy/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs4 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.workload !== void 0) {
                let data2 = data.workload;
                const _errs6 = errors;
                if (errors === _errs6) {
                  if (typeof data2 === "string") {
                    if (func3(data2) > 200) {
                      validate44.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                      return false;
                    }
                  } else {
                    validate44.errors = [{ instancePath: instancePath + "/workload", schemaPath: "#/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs6 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.fixed_cost_s !== void 0) {
                  const _errs8 = errors;
                  if (!(typeof data.fixed_cost_s == "number")) {
                    validate44.errors = [{ instancePath: instancePath + "/fixed_cost_s", schemaPath: "#/properties/fixed_cost_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                    return false;
                  }
                  var valid0 = _errs8 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.per_task_s !== void 0) {
                    const _errs10 = errors;
                    if (!(typeof data.per_task_s == "number")) {
                      validate44.errors = [{ instancePath: instancePath + "/per_task_s", schemaPath: "#/properties/per_task_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                      return false;
                    }
                    var valid0 = _errs10 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.slope !== void 0) {
                      const _errs12 = errors;
                      if (!(typeof data.slope == "number")) {
                        validate44.errors = [{ instancePath: instancePath + "/slope", schemaPath: "#/properties/slope/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                        return false;
                      }
                      var valid0 = _errs12 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.cold_task_s !== void 0) {
                        let data6 = data.cold_task_s;
                        const _errs14 = errors;
                        if (!(typeof data6 == "number") && data6 !== null) {
                          validate44.errors = [{ instancePath: instancePath + "/cold_task_s", schemaPath: "#/properties/cold_task_s/type", keyword: "type", params: { type: schema38.properties.cold_task_s.type }, message: "must be number,null" }];
                          return false;
                        }
                        var valid0 = _errs14 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.warm_task_s !== void 0) {
                          let data7 = data.warm_task_s;
                          const _errs16 = errors;
                          if (!(typeof data7 == "number") && data7 !== null) {
                            validate44.errors = [{ instancePath: instancePath + "/warm_task_s", schemaPath: "#/properties/warm_task_s/type", keyword: "type", params: { type: schema38.properties.warm_task_s.type }, message: "must be number,null" }];
                            return false;
                          }
                          var valid0 = _errs16 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.cold_task_ci !== void 0) {
                            const _errs18 = errors;
                            if (!validate45(data.cold_task_ci, { instancePath: instancePath + "/cold_task_ci", parentData: data, parentDataProperty: "cold_task_ci", rootData })) {
                              vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                              errors = vErrors.length;
                            }
                            var valid0 = _errs18 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.warm_task_ci !== void 0) {
                              const _errs19 = errors;
                              if (!validate45(data.warm_task_ci, { instancePath: instancePath + "/warm_task_ci", parentData: data, parentDataProperty: "warm_task_ci", rootData })) {
                                vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
                                errors = vErrors.length;
                              }
                              var valid0 = _errs19 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.cold_speedup !== void 0) {
                                const _errs20 = errors;
                                if (!validate482(data.cold_speedup, { instancePath: instancePath + "/cold_speedup", parentData: data, parentDataProperty: "cold_speedup", rootData })) {
                                  vErrors = vErrors === null ? validate482.errors : vErrors.concat(validate482.errors);
                                  errors = vErrors.length;
                                }
                                var valid0 = _errs20 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.warm_speedup !== void 0) {
                                  const _errs21 = errors;
                                  if (!validate482(data.warm_speedup, { instancePath: instancePath + "/warm_speedup", parentData: data, parentDataProperty: "warm_speedup", rootData })) {
                                    vErrors = vErrors === null ? validate482.errors : vErrors.concat(validate482.errors);
                                    errors = vErrors.length;
                                  }
                                  var valid0 = _errs21 === errors;
                                } else {
                                  var valid0 = true;
                                }
                                if (valid0) {
                                  if (data.longest_task_s !== void 0) {
                                    const _errs22 = errors;
                                    if (!(typeof data.longest_task_s == "number")) {
                                      validate44.errors = [{ instancePath: instancePath + "/longest_task_s", schemaPath: "#/properties/longest_task_s/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                      return false;
                                    }
                                    var valid0 = _errs22 === errors;
                                  } else {
                                    var valid0 = true;
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate44.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate44.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schema_version === void 0 && (missing0 = "schema_version") || data.tool === void 0 && (missing0 = "tool") || data.created_at === void 0 && (missing0 = "created_at") || data.system === void 0 && (missing0 = "system") || data.cells === void 0 && (missing0 = "cells")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func22.call(schema11.properties, key0)) {
            delete data[key0];
          }
        }
        if (_errs1 === errors) {
          if (data.schema_version !== void 0) {
            const _errs2 = errors;
            if (1 !== data.schema_version) {
              validate10.errors = [{ instancePath: instancePath + "/schema_version", schemaPath: "#/properties/schema_version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.tool !== void 0) {
              let data1 = data.tool;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                  let missing1;
                  if (data1.name === void 0 && (missing1 = "name") || data1.version === void 0 && (missing1 = "version")) {
                    validate10.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                    return false;
                  } else {
                    const _errs5 = errors;
                    for (const key1 in data1) {
                      if (!(key1 === "name" || key1 === "version")) {
                        delete data1[key1];
                      }
                    }
                    if (_errs5 === errors) {
                      if (data1.name !== void 0) {
                        let data2 = data1.name;
                        const _errs6 = errors;
                        if (errors === _errs6) {
                          if (typeof data2 === "string") {
                            if (func3(data2) > 200) {
                              validate10.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                              return false;
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/tool/name", schemaPath: "#/properties/tool/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                        }
                        var valid1 = _errs6 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data1.version !== void 0) {
                          let data3 = data1.version;
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (typeof data3 === "string") {
                              if (func3(data3) > 200) {
                                validate10.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                return false;
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/tool/version", schemaPath: "#/properties/tool/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                          }
                          var valid1 = _errs8 === errors;
                        } else {
                          var valid1 = true;
                        }
                      }
                    }
                  }
                } else {
                  validate10.errors = [{ instancePath: instancePath + "/tool", schemaPath: "#/properties/tool/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.created_at !== void 0) {
                let data4 = data.created_at;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data4 === "string") {
                    if (func3(data4) > 200) {
                      validate10.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                      return false;
                    }
                  } else {
                    validate10.errors = [{ instancePath: instancePath + "/created_at", schemaPath: "#/properties/created_at/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs10 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.system !== void 0) {
                  let data5 = data.system;
                  const _errs12 = errors;
                  const _errs13 = errors;
                  if (errors === _errs13) {
                    if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                      let missing2;
                      if (data5.os === void 0 && (missing2 = "os") || data5.arch === void 0 && (missing2 = "arch") || data5.cpu_model === void 0 && (missing2 = "cpu_model") || data5.cores === void 0 && (missing2 = "cores") || data5.memory_gb === void 0 && (missing2 = "memory_gb") || data5.node === void 0 && (missing2 = "node") || data5.pythons === void 0 && (missing2 = "pythons")) {
                        validate10.errors = [{ instancePath: instancePath + "/system", schemaPath: "#/definitions/system/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                        return false;
                      } else {
                        const _errs15 = errors;
                        for (const key2 in data5) {
                          if (!func22.call(schema122.properties, key2)) {
                            delete data5[key2];
                          }
                        }
                        if (_errs15 === errors) {
                          if (data5.os !== void 0) {
                            let data6 = data5.os;
                            const _errs16 = errors;
                            if (errors === _errs16) {
                              if (typeof data6 === "string") {
                                if (func3(data6) > 200) {
                                  validate10.errors = [{ instancePath: instancePath + "/system/os", schemaPath: "#/definitions/system/properties/os/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                  return false;
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/system/os", schemaPath: "#/definitions/system/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                            }
                            var valid3 = _errs16 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data5.arch !== void 0) {
                              let data7 = data5.arch;
                              const _errs18 = errors;
                              if (errors === _errs18) {
                                if (typeof data7 === "string") {
                                  if (func3(data7) > 200) {
                                    validate10.errors = [{ instancePath: instancePath + "/system/arch", schemaPath: "#/definitions/system/properties/arch/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                    return false;
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/system/arch", schemaPath: "#/definitions/system/properties/arch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                  return false;
                                }
                              }
                              var valid3 = _errs18 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data5.cpu_model !== void 0) {
                                let data8 = data5.cpu_model;
                                const _errs20 = errors;
                                if (errors === _errs20) {
                                  if (typeof data8 === "string") {
                                    if (func3(data8) > 200) {
                                      validate10.errors = [{ instancePath: instancePath + "/system/cpu_model", schemaPath: "#/definitions/system/properties/cpu_model/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                      return false;
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/system/cpu_model", schemaPath: "#/definitions/system/properties/cpu_model/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid3 = _errs20 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data5.cores !== void 0) {
                                  let data9 = data5.cores;
                                  const _errs22 = errors;
                                  if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                                    validate10.errors = [{ instancePath: instancePath + "/system/cores", schemaPath: "#/definitions/system/properties/cores/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs22) {
                                    if (typeof data9 == "number") {
                                      if (data9 > 1e5 || isNaN(data9)) {
                                        validate10.errors = [{ instancePath: instancePath + "/system/cores", schemaPath: "#/definitions/system/properties/cores/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000" }];
                                        return false;
                                      } else {
                                        if (data9 < 1 || isNaN(data9)) {
                                          validate10.errors = [{ instancePath: instancePath + "/system/cores", schemaPath: "#/definitions/system/properties/cores/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                          return false;
                                        }
                                      }
                                    }
                                  }
                                  var valid3 = _errs22 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data5.memory_gb !== void 0) {
                                    let data10 = data5.memory_gb;
                                    const _errs24 = errors;
                                    if (errors === _errs24) {
                                      if (typeof data10 == "number") {
                                        if (data10 < 0 || isNaN(data10)) {
                                          validate10.errors = [{ instancePath: instancePath + "/system/memory_gb", schemaPath: "#/definitions/system/properties/memory_gb/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/system/memory_gb", schemaPath: "#/definitions/system/properties/memory_gb/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                        return false;
                                      }
                                    }
                                    var valid3 = _errs24 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data5.node !== void 0) {
                                      let data11 = data5.node;
                                      const _errs26 = errors;
                                      if (errors === _errs26) {
                                        if (typeof data11 === "string") {
                                          if (func3(data11) > 200) {
                                            validate10.errors = [{ instancePath: instancePath + "/system/node", schemaPath: "#/definitions/system/properties/node/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/system/node", schemaPath: "#/definitions/system/properties/node/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid3 = _errs26 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data5.pythons !== void 0) {
                                        let data12 = data5.pythons;
                                        const _errs28 = errors;
                                        if (errors === _errs28) {
                                          if (Array.isArray(data12)) {
                                            if (data12.length > 50) {
                                              validate10.errors = [{ instancePath: instancePath + "/system/pythons", schemaPath: "#/definitions/system/properties/pythons/maxItems", keyword: "maxItems", params: { limit: 50 }, message: "must NOT have more than 50 items" }];
                                              return false;
                                            } else {
                                              var valid4 = true;
                                              const len0 = data12.length;
                                              for (let i0 = 0; i0 < len0; i0++) {
                                                let data13 = data12[i0];
                                                const _errs30 = errors;
                                                if (errors === _errs30) {
                                                  if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                                                    let missing3;
                                                    if (data13.label === void 0 && (missing3 = "label") || data13.version === void 0 && (missing3 = "version") || data13.free_threaded === void 0 && (missing3 = "free_threaded")) {
                                                      validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0, schemaPath: "#/definitions/system/properties/pythons/items/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" }];
                                                      return false;
                                                    } else {
                                                      const _errs32 = errors;
                                                      for (const key3 in data13) {
                                                        if (!(key3 === "label" || key3 === "version" || key3 === "free_threaded")) {
                                                          delete data13[key3];
                                                        }
                                                      }
                                                      if (_errs32 === errors) {
                                                        if (data13.label !== void 0) {
                                                          let data14 = data13.label;
                                                          const _errs33 = errors;
                                                          if (errors === _errs33) {
                                                            if (typeof data14 === "string") {
                                                              if (func3(data14) > 200) {
                                                                validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0 + "/label", schemaPath: "#/definitions/system/properties/pythons/items/properties/label/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0 + "/label", schemaPath: "#/definitions/system/properties/pythons/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid5 = _errs33 === errors;
                                                        } else {
                                                          var valid5 = true;
                                                        }
                                                        if (valid5) {
                                                          if (data13.version !== void 0) {
                                                            let data15 = data13.version;
                                                            const _errs35 = errors;
                                                            if (errors === _errs35) {
                                                              if (typeof data15 === "string") {
                                                                if (func3(data15) > 200) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0 + "/version", schemaPath: "#/definitions/system/properties/pythons/items/properties/version/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0 + "/version", schemaPath: "#/definitions/system/properties/pythons/items/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid5 = _errs35 === errors;
                                                          } else {
                                                            var valid5 = true;
                                                          }
                                                          if (valid5) {
                                                            if (data13.free_threaded !== void 0) {
                                                              const _errs37 = errors;
                                                              if (typeof data13.free_threaded !== "boolean") {
                                                                validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0 + "/free_threaded", schemaPath: "#/definitions/system/properties/pythons/items/properties/free_threaded/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                                return false;
                                                              }
                                                              var valid5 = _errs37 === errors;
                                                            } else {
                                                              var valid5 = true;
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/system/pythons/" + i0, schemaPath: "#/definitions/system/properties/pythons/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs30 === errors;
                                                if (!valid4) {
                                                  break;
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/system/pythons", schemaPath: "#/definitions/system/properties/pythons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid3 = _errs28 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data5.runner !== void 0) {
                                          let data17 = data5.runner;
                                          const _errs39 = errors;
                                          if (errors === _errs39) {
                                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                              const _errs41 = errors;
                                              for (const key4 in data17) {
                                                if (!(key4 === "os" || key4 === "arch" || key4 === "name")) {
                                                  delete data17[key4];
                                                }
                                              }
                                              if (_errs41 === errors) {
                                                if (data17.os !== void 0) {
                                                  let data18 = data17.os;
                                                  const _errs42 = errors;
                                                  if (errors === _errs42) {
                                                    if (typeof data18 === "string") {
                                                      if (func3(data18) > 200) {
                                                        validate10.errors = [{ instancePath: instancePath + "/system/runner/os", schemaPath: "#/definitions/system/properties/runner/properties/os/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/system/runner/os", schemaPath: "#/definitions/system/properties/runner/properties/os/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid6 = _errs42 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                                if (valid6) {
                                                  if (data17.arch !== void 0) {
                                                    let data19 = data17.arch;
                                                    const _errs44 = errors;
                                                    if (errors === _errs44) {
                                                      if (typeof data19 === "string") {
                                                        if (func3(data19) > 200) {
                                                          validate10.errors = [{ instancePath: instancePath + "/system/runner/arch", schemaPath: "#/definitions/system/properties/runner/properties/arch/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                          return false;
                                                        }
                                                      } else {
                                                        validate10.errors = [{ instancePath: instancePath + "/system/runner/arch", schemaPath: "#/definitions/system/properties/runner/properties/arch/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                    }
                                                    var valid6 = _errs44 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                  if (valid6) {
                                                    if (data17.name !== void 0) {
                                                      let data20 = data17.name;
                                                      const _errs46 = errors;
                                                      if (errors === _errs46) {
                                                        if (typeof data20 === "string") {
                                                          if (func3(data20) > 200) {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/runner/name", schemaPath: "#/definitions/system/properties/runner/properties/name/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/system/runner/name", schemaPath: "#/definitions/system/properties/runner/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid6 = _errs46 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/system/runner", schemaPath: "#/definitions/system/properties/runner/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid3 = _errs39 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data5.ceiling !== void 0) {
                                            let data21 = data5.ceiling;
                                            const _errs48 = errors;
                                            if (errors === _errs48) {
                                              if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                let missing4;
                                                if (data21.workers === void 0 && (missing4 = "workers") || data21.start === void 0 && (missing4 = "start")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/system/ceiling", schemaPath: "#/definitions/system/properties/ceiling/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs50 = errors;
                                                  for (const key5 in data21) {
                                                    if (!(key5 === "workers" || key5 === "start" || key5 === "end" || key5 === "moved" || key5 === "steal" || key5 === "loop_ns")) {
                                                      delete data21[key5];
                                                    }
                                                  }
                                                  if (_errs50 === errors) {
                                                    if (data21.workers !== void 0) {
                                                      let data22 = data21.workers;
                                                      const _errs51 = errors;
                                                      if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/system/ceiling/workers", schemaPath: "#/definitions/system/properties/ceiling/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs51) {
                                                        if (typeof data22 == "number") {
                                                          if (data22 < 1 || isNaN(data22)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/ceiling/workers", schemaPath: "#/definitions/system/properties/ceiling/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid7 = _errs51 === errors;
                                                    } else {
                                                      var valid7 = true;
                                                    }
                                                    if (valid7) {
                                                      if (data21.start !== void 0) {
                                                        const _errs53 = errors;
                                                        if (!(typeof data21.start == "number")) {
                                                          validate10.errors = [{ instancePath: instancePath + "/system/ceiling/start", schemaPath: "#/definitions/system/properties/ceiling/properties/start/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                          return false;
                                                        }
                                                        var valid7 = _errs53 === errors;
                                                      } else {
                                                        var valid7 = true;
                                                      }
                                                      if (valid7) {
                                                        if (data21.end !== void 0) {
                                                          const _errs55 = errors;
                                                          if (!(typeof data21.end == "number")) {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/ceiling/end", schemaPath: "#/definitions/system/properties/ceiling/properties/end/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                            return false;
                                                          }
                                                          var valid7 = _errs55 === errors;
                                                        } else {
                                                          var valid7 = true;
                                                        }
                                                        if (valid7) {
                                                          if (data21.moved !== void 0) {
                                                            const _errs57 = errors;
                                                            if (typeof data21.moved !== "boolean") {
                                                              validate10.errors = [{ instancePath: instancePath + "/system/ceiling/moved", schemaPath: "#/definitions/system/properties/ceiling/properties/moved/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                              return false;
                                                            }
                                                            var valid7 = _errs57 === errors;
                                                          } else {
                                                            var valid7 = true;
                                                          }
                                                          if (valid7) {
                                                            if (data21.steal !== void 0) {
                                                              let data26 = data21.steal;
                                                              const _errs59 = errors;
                                                              if (errors === _errs59) {
                                                                if (typeof data26 == "number") {
                                                                  if (data26 < 0 || isNaN(data26)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/system/ceiling/steal", schemaPath: "#/definitions/system/properties/ceiling/properties/steal/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                } else {
                                                                  validate10.errors = [{ instancePath: instancePath + "/system/ceiling/steal", schemaPath: "#/definitions/system/properties/ceiling/properties/steal/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                  return false;
                                                                }
                                                              }
                                                              var valid7 = _errs59 === errors;
                                                            } else {
                                                              var valid7 = true;
                                                            }
                                                            if (valid7) {
                                                              if (data21.loop_ns !== void 0) {
                                                                let data27 = data21.loop_ns;
                                                                const _errs61 = errors;
                                                                if (errors === _errs61) {
                                                                  if (Array.isArray(data27)) {
                                                                    if (data27.length > 2) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/system/ceiling/loop_ns", schemaPath: "#/definitions/system/properties/ceiling/properties/loop_ns/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items" }];
                                                                      return false;
                                                                    } else {
                                                                      var valid8 = true;
                                                                      const len1 = data27.length;
                                                                      for (let i1 = 0; i1 < len1; i1++) {
                                                                        let data28 = data27[i1];
                                                                        const _errs63 = errors;
                                                                        if (errors === _errs63) {
                                                                          if (typeof data28 == "number") {
                                                                            if (data28 < 0 || isNaN(data28)) {
                                                                              validate10.errors = [{ instancePath: instancePath + "/system/ceiling/loop_ns/" + i1, schemaPath: "#/definitions/system/properties/ceiling/properties/loop_ns/items/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                              return false;
                                                                            }
                                                                          } else {
                                                                            validate10.errors = [{ instancePath: instancePath + "/system/ceiling/loop_ns/" + i1, schemaPath: "#/definitions/system/properties/ceiling/properties/loop_ns/items/type", keyword: "type", params: { type: "number" }, message: "must be number" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid8 = _errs63 === errors;
                                                                        if (!valid8) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/system/ceiling/loop_ns", schemaPath: "#/definitions/system/properties/ceiling/properties/loop_ns/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid7 = _errs61 === errors;
                                                              } else {
                                                                var valid7 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/system/ceiling", schemaPath: "#/definitions/system/properties/ceiling/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid3 = _errs48 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data5.git !== void 0) {
                                              let data29 = data5.git;
                                              const _errs65 = errors;
                                              if (errors === _errs65) {
                                                if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                                                  const _errs67 = errors;
                                                  for (const key6 in data29) {
                                                    if (!(key6 === "sha" || key6 === "ref" || key6 === "pull_request")) {
                                                      delete data29[key6];
                                                    }
                                                  }
                                                  if (_errs67 === errors) {
                                                    if (data29.sha !== void 0) {
                                                      let data30 = data29.sha;
                                                      const _errs68 = errors;
                                                      if (errors === _errs68) {
                                                        if (typeof data30 === "string") {
                                                          if (func3(data30) > 200) {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/git/sha", schemaPath: "#/definitions/system/properties/git/properties/sha/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                            return false;
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/system/git/sha", schemaPath: "#/definitions/system/properties/git/properties/sha/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid9 = _errs68 === errors;
                                                    } else {
                                                      var valid9 = true;
                                                    }
                                                    if (valid9) {
                                                      if (data29.ref !== void 0) {
                                                        let data31 = data29.ref;
                                                        const _errs70 = errors;
                                                        if (errors === _errs70) {
                                                          if (typeof data31 === "string") {
                                                            if (func3(data31) > 200) {
                                                              validate10.errors = [{ instancePath: instancePath + "/system/git/ref", schemaPath: "#/definitions/system/properties/git/properties/ref/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/git/ref", schemaPath: "#/definitions/system/properties/git/properties/ref/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid9 = _errs70 === errors;
                                                      } else {
                                                        var valid9 = true;
                                                      }
                                                      if (valid9) {
                                                        if (data29.pull_request !== void 0) {
                                                          let data32 = data29.pull_request;
                                                          const _errs72 = errors;
                                                          if (!(typeof data32 == "number" && (!(data32 % 1) && !isNaN(data32)))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/system/git/pull_request", schemaPath: "#/definitions/system/properties/git/properties/pull_request/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs72) {
                                                            if (typeof data32 == "number") {
                                                              if (data32 < 1 || isNaN(data32)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/system/git/pull_request", schemaPath: "#/definitions/system/properties/git/properties/pull_request/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid9 = _errs72 === errors;
                                                        } else {
                                                          var valid9 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/system/git", schemaPath: "#/definitions/system/properties/git/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid3 = _errs65 === errors;
                                            } else {
                                              var valid3 = true;
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/system", schemaPath: "#/definitions/system/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs12 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.cells !== void 0) {
                    let data33 = data.cells;
                    const _errs74 = errors;
                    if (errors === _errs74) {
                      if (Array.isArray(data33)) {
                        if (data33.length > 1e4) {
                          validate10.errors = [{ instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                          return false;
                        } else {
                          var valid10 = true;
                          const len2 = data33.length;
                          for (let i2 = 0; i2 < len2; i2++) {
                            const _errs76 = errors;
                            if (!validate11(data33[i2], { instancePath: instancePath + "/cells/" + i2, parentData: data33, parentDataProperty: i2, rootData })) {
                              vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                              errors = vErrors.length;
                            }
                            var valid10 = _errs76 === errors;
                            if (!valid10) {
                              break;
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/cells", schemaPath: "#/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs74 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.verdicts !== void 0) {
                      let data35 = data.verdicts;
                      const _errs77 = errors;
                      if (errors === _errs77) {
                        if (Array.isArray(data35)) {
                          if (data35.length > 1e3) {
                            validate10.errors = [{ instancePath: instancePath + "/verdicts", schemaPath: "#/properties/verdicts/maxItems", keyword: "maxItems", params: { limit: 1e3 }, message: "must NOT have more than 1000 items" }];
                            return false;
                          } else {
                            var valid11 = true;
                            const len3 = data35.length;
                            for (let i3 = 0; i3 < len3; i3++) {
                              const _errs79 = errors;
                              if (!validate422(data35[i3], { instancePath: instancePath + "/verdicts/" + i3, parentData: data35, parentDataProperty: i3, rootData })) {
                                vErrors = vErrors === null ? validate422.errors : vErrors.concat(validate422.errors);
                                errors = vErrors.length;
                              }
                              var valid11 = _errs79 === errors;
                              if (!valid11) {
                                break;
                              }
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/verdicts", schemaPath: "#/properties/verdicts/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs77 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.break_even !== void 0) {
                        let data37 = data.break_even;
                        const _errs80 = errors;
                        if (errors === _errs80) {
                          if (Array.isArray(data37)) {
                            if (data37.length > 1e4) {
                              validate10.errors = [{ instancePath: instancePath + "/break_even", schemaPath: "#/properties/break_even/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                              return false;
                            } else {
                              var valid12 = true;
                              const len4 = data37.length;
                              for (let i4 = 0; i4 < len4; i4++) {
                                const _errs82 = errors;
                                if (!validate44(data37[i4], { instancePath: instancePath + "/break_even/" + i4, parentData: data37, parentDataProperty: i4, rootData })) {
                                  vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
                                  errors = vErrors.length;
                                }
                                var valid12 = _errs82 === errors;
                                if (!valid12) {
                                  break;
                                }
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/break_even", schemaPath: "#/properties/break_even/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs80 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.schedule !== void 0) {
                          let data39 = data.schedule;
                          const _errs83 = errors;
                          if (errors === _errs83) {
                            if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                              let missing5;
                              if (data39.seed === void 0 && (missing5 = "seed") || data39.rounds === void 0 && (missing5 = "rounds")) {
                                validate10.errors = [{ instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                return false;
                              } else {
                                const _errs85 = errors;
                                for (const key7 in data39) {
                                  if (!(key7 === "seed" || key7 === "rounds")) {
                                    delete data39[key7];
                                  }
                                }
                                if (_errs85 === errors) {
                                  if (data39.seed !== void 0) {
                                    let data40 = data39.seed;
                                    const _errs86 = errors;
                                    if (!(typeof data40 == "number" && (!(data40 % 1) && !isNaN(data40)))) {
                                      validate10.errors = [{ instancePath: instancePath + "/schedule/seed", schemaPath: "#/properties/schedule/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs86) {
                                      if (typeof data40 == "number") {
                                        if (data40 > 4294967295 || isNaN(data40)) {
                                          validate10.errors = [{ instancePath: instancePath + "/schedule/seed", schemaPath: "#/properties/schedule/properties/seed/maximum", keyword: "maximum", params: { comparison: "<=", limit: 4294967295 }, message: "must be <= 4294967295" }];
                                          return false;
                                        } else {
                                          if (data40 < 0 || isNaN(data40)) {
                                            validate10.errors = [{ instancePath: instancePath + "/schedule/seed", schemaPath: "#/properties/schedule/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                    }
                                    var valid13 = _errs86 === errors;
                                  } else {
                                    var valid13 = true;
                                  }
                                  if (valid13) {
                                    if (data39.rounds !== void 0) {
                                      let data41 = data39.rounds;
                                      const _errs88 = errors;
                                      if (errors === _errs88) {
                                        if (Array.isArray(data41)) {
                                          if (data41.length > 1e5) {
                                            validate10.errors = [{ instancePath: instancePath + "/schedule/rounds", schemaPath: "#/properties/schedule/properties/rounds/maxItems", keyword: "maxItems", params: { limit: 1e5 }, message: "must NOT have more than 100000 items" }];
                                            return false;
                                          } else {
                                            var valid14 = true;
                                            const len5 = data41.length;
                                            for (let i5 = 0; i5 < len5; i5++) {
                                              let data42 = data41[i5];
                                              const _errs90 = errors;
                                              if (errors === _errs90) {
                                                if (data42 && typeof data42 == "object" && !Array.isArray(data42)) {
                                                  let missing6;
                                                  if (data42.runtime === void 0 && (missing6 = "runtime") || data42.workload === void 0 && (missing6 = "workload") || data42.level === void 0 && (missing6 = "level") || data42.workers === void 0 && (missing6 = "workers") || data42.tasks === void 0 && (missing6 = "tasks") || data42.round === void 0 && (missing6 = "round") || data42.order === void 0 && (missing6 = "order")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5, schemaPath: "#/properties/schedule/properties/rounds/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs92 = errors;
                                                    for (const key8 in data42) {
                                                      if (!(key8 === "runtime" || key8 === "workload" || key8 === "level" || key8 === "workers" || key8 === "tasks" || key8 === "round" || key8 === "order")) {
                                                        delete data42[key8];
                                                      }
                                                    }
                                                    if (_errs92 === errors) {
                                                      if (data42.runtime !== void 0) {
                                                        let data43 = data42.runtime;
                                                        const _errs93 = errors;
                                                        if (errors === _errs93) {
                                                          if (typeof data43 === "string") {
                                                            if (func3(data43) > 200) {
                                                              validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/runtime", schemaPath: "#/properties/schedule/properties/rounds/items/properties/runtime/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                              return false;
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/runtime", schemaPath: "#/properties/schedule/properties/rounds/items/properties/runtime/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid15 = _errs93 === errors;
                                                      } else {
                                                        var valid15 = true;
                                                      }
                                                      if (valid15) {
                                                        if (data42.workload !== void 0) {
                                                          let data44 = data42.workload;
                                                          const _errs95 = errors;
                                                          if (errors === _errs95) {
                                                            if (typeof data44 === "string") {
                                                              if (func3(data44) > 200) {
                                                                validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/workload", schemaPath: "#/properties/schedule/properties/rounds/items/properties/workload/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                return false;
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/workload", schemaPath: "#/properties/schedule/properties/rounds/items/properties/workload/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid15 = _errs95 === errors;
                                                        } else {
                                                          var valid15 = true;
                                                        }
                                                        if (valid15) {
                                                          if (data42.level !== void 0) {
                                                            let data45 = data42.level;
                                                            const _errs97 = errors;
                                                            if (errors === _errs97) {
                                                              if (typeof data45 === "string") {
                                                                if (func3(data45) > 200) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/level", schemaPath: "#/properties/schedule/properties/rounds/items/properties/level/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                  return false;
                                                                }
                                                              } else {
                                                                validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/level", schemaPath: "#/properties/schedule/properties/rounds/items/properties/level/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                            }
                                                            var valid15 = _errs97 === errors;
                                                          } else {
                                                            var valid15 = true;
                                                          }
                                                          if (valid15) {
                                                            if (data42.workers !== void 0) {
                                                              let data46 = data42.workers;
                                                              const _errs99 = errors;
                                                              if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/workers", schemaPath: "#/properties/schedule/properties/rounds/items/properties/workers/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs99) {
                                                                if (typeof data46 == "number") {
                                                                  if (data46 < 1 || isNaN(data46)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/workers", schemaPath: "#/properties/schedule/properties/rounds/items/properties/workers/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid15 = _errs99 === errors;
                                                            } else {
                                                              var valid15 = true;
                                                            }
                                                            if (valid15) {
                                                              if (data42.tasks !== void 0) {
                                                                let data47 = data42.tasks;
                                                                const _errs101 = errors;
                                                                if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/tasks", schemaPath: "#/properties/schedule/properties/rounds/items/properties/tasks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs101) {
                                                                  if (typeof data47 == "number") {
                                                                    if (data47 < 1 || isNaN(data47)) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/tasks", schemaPath: "#/properties/schedule/properties/rounds/items/properties/tasks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid15 = _errs101 === errors;
                                                              } else {
                                                                var valid15 = true;
                                                              }
                                                              if (valid15) {
                                                                if (data42.round !== void 0) {
                                                                  let data48 = data42.round;
                                                                  const _errs103 = errors;
                                                                  if (!(typeof data48 == "number" && (!(data48 % 1) && !isNaN(data48)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/round", schemaPath: "#/properties/schedule/properties/rounds/items/properties/round/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs103) {
                                                                    if (typeof data48 == "number") {
                                                                      if (data48 < 1 || isNaN(data48)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/round", schemaPath: "#/properties/schedule/properties/rounds/items/properties/round/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid15 = _errs103 === errors;
                                                                } else {
                                                                  var valid15 = true;
                                                                }
                                                                if (valid15) {
                                                                  if (data42.order !== void 0) {
                                                                    let data49 = data42.order;
                                                                    const _errs105 = errors;
                                                                    if (errors === _errs105) {
                                                                      if (Array.isArray(data49)) {
                                                                        if (data49.length > 64) {
                                                                          validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/order", schemaPath: "#/properties/schedule/properties/rounds/items/properties/order/maxItems", keyword: "maxItems", params: { limit: 64 }, message: "must NOT have more than 64 items" }];
                                                                          return false;
                                                                        } else {
                                                                          var valid16 = true;
                                                                          const len6 = data49.length;
                                                                          for (let i6 = 0; i6 < len6; i6++) {
                                                                            let data50 = data49[i6];
                                                                            const _errs107 = errors;
                                                                            if (errors === _errs107) {
                                                                              if (typeof data50 === "string") {
                                                                                if (func3(data50) > 200) {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/order/" + i6, schemaPath: "#/properties/schedule/properties/rounds/items/properties/order/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                                                  return false;
                                                                                }
                                                                              } else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/order/" + i6, schemaPath: "#/properties/schedule/properties/rounds/items/properties/order/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid16 = _errs107 === errors;
                                                                            if (!valid16) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5 + "/order", schemaPath: "#/properties/schedule/properties/rounds/items/properties/order/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid15 = _errs105 === errors;
                                                                  } else {
                                                                    var valid15 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/schedule/rounds/" + i5, schemaPath: "#/properties/schedule/properties/rounds/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid14 = _errs90 === errors;
                                              if (!valid14) {
                                                break;
                                              }
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/schedule/rounds", schemaPath: "#/properties/schedule/properties/rounds/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid13 = _errs88 === errors;
                                    } else {
                                      var valid13 = true;
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/schedule", schemaPath: "#/properties/schedule/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs83 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.base !== void 0) {
                            let data51 = data.base;
                            const _errs109 = errors;
                            if (errors === _errs109) {
                              if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
                                let missing7;
                                if (data51.label === void 0 && (missing7 = "label") || data51.cells === void 0 && (missing7 = "cells")) {
                                  validate10.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                  return false;
                                } else {
                                  const _errs111 = errors;
                                  for (const key9 in data51) {
                                    if (!(key9 === "label" || key9 === "cells" || key9 === "same_code")) {
                                      delete data51[key9];
                                    }
                                  }
                                  if (_errs111 === errors) {
                                    if (data51.label !== void 0) {
                                      let data52 = data51.label;
                                      const _errs112 = errors;
                                      if (errors === _errs112) {
                                        if (typeof data52 === "string") {
                                          if (func3(data52) > 500) {
                                            validate10.errors = [{ instancePath: instancePath + "/base/label", schemaPath: "#/properties/base/properties/label/maxLength", keyword: "maxLength", params: { limit: 500 }, message: "must NOT have more than 500 characters" }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/base/label", schemaPath: "#/properties/base/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid17 = _errs112 === errors;
                                    } else {
                                      var valid17 = true;
                                    }
                                    if (valid17) {
                                      if (data51.cells !== void 0) {
                                        let data53 = data51.cells;
                                        const _errs114 = errors;
                                        if (errors === _errs114) {
                                          if (Array.isArray(data53)) {
                                            if (data53.length > 1e4) {
                                              validate10.errors = [{ instancePath: instancePath + "/base/cells", schemaPath: "#/properties/base/properties/cells/maxItems", keyword: "maxItems", params: { limit: 1e4 }, message: "must NOT have more than 10000 items" }];
                                              return false;
                                            } else {
                                              var valid18 = true;
                                              const len7 = data53.length;
                                              for (let i7 = 0; i7 < len7; i7++) {
                                                const _errs116 = errors;
                                                if (!validate11(data53[i7], { instancePath: instancePath + "/base/cells/" + i7, parentData: data53, parentDataProperty: i7, rootData })) {
                                                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                                                  errors = vErrors.length;
                                                }
                                                var valid18 = _errs116 === errors;
                                                if (!valid18) {
                                                  break;
                                                }
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/base/cells", schemaPath: "#/properties/base/properties/cells/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid17 = _errs114 === errors;
                                      } else {
                                        var valid17 = true;
                                      }
                                      if (valid17) {
                                        if (data51.same_code !== void 0) {
                                          let data55 = data51.same_code;
                                          const _errs117 = errors;
                                          if (errors === _errs117) {
                                            if (Array.isArray(data55)) {
                                              if (data55.length > 100) {
                                                validate10.errors = [{ instancePath: instancePath + "/base/same_code", schemaPath: "#/properties/base/properties/same_code/maxItems", keyword: "maxItems", params: { limit: 100 }, message: "must NOT have more than 100 items" }];
                                                return false;
                                              } else {
                                                var valid19 = true;
                                                const len8 = data55.length;
                                                for (let i8 = 0; i8 < len8; i8++) {
                                                  let data56 = data55[i8];
                                                  const _errs119 = errors;
                                                  if (errors === _errs119) {
                                                    if (typeof data56 === "string") {
                                                      if (func3(data56) > 200) {
                                                        validate10.errors = [{ instancePath: instancePath + "/base/same_code/" + i8, schemaPath: "#/properties/base/properties/same_code/items/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                                        return false;
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/base/same_code/" + i8, schemaPath: "#/properties/base/properties/same_code/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid19 = _errs119 === errors;
                                                  if (!valid19) {
                                                    break;
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/base/same_code", schemaPath: "#/properties/base/properties/same_code/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                              return false;
                                            }
                                          }
                                          var valid17 = _errs117 === errors;
                                        } else {
                                          var valid17 = true;
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/base", schemaPath: "#/properties/base/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid0 = _errs109 === errors;
                          } else {
                            var valid0 = true;
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/results/read.ts
var ResultsError = class extends UserError {
};
var MAX_RESULTS_BYTES = 16 * 1024 * 1024;
var MAX_NESTING = 64;
function nestingDepth(data, limit) {
  let deepest = 0;
  const stack = [[data, 1]];
  while (stack.length > 0) {
    const [value, depth2] = stack.pop();
    if (typeof value !== "object" || value === null) continue;
    deepest = Math.max(deepest, depth2);
    if (deepest > limit) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth2 + 1]);
  }
  return deepest;
}
function parseResults(data, label2) {
  const version = data?.schema_version;
  if (typeof data === "object" && data !== null && version !== void 0 && version !== SCHEMA_VERSION) {
    throw new ResultsError(
      `${label2}: schema_version ${typeof version === "number" ? version : typeof version} is not supported (this version reads ${SCHEMA_VERSION})`
    );
  }
  if (nestingDepth(data, MAX_NESTING) > MAX_NESTING) {
    throw new ResultsError(`${label2}: not a concurrency-bench results file (nested more than ${MAX_NESTING} deep)`);
  }
  if (!results(data)) {
    const [first] = results.errors ?? [];
    throw new ResultsError(
      `${label2}: not a concurrency-bench results file (${fieldPath(first?.instancePath)}: ${first?.message ?? "invalid"})`
    );
  }
  return data;
}
function fieldPath(instancePath) {
  if (!instancePath) return "the top level";
  const path = instancePath.slice(1).split("/").map((key) => key.replace(/[^\w.-]/g, "?").slice(0, 40)).join(".");
  return path.length > 200 ? `${path.slice(0, 199)}\u2026` : path;
}
function readBounded(path, label2) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new ResultsError(`${label2}: file not found`);
    if (code === "ELOOP") throw new ResultsError(`${label2}: is a symbolic link; give the file itself`);
    throw new ResultsError(`${label2}: cannot read it (${code})`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new ResultsError(`${label2}: not a regular file`);
    if (stat.size > MAX_RESULTS_BYTES) {
      throw new ResultsError(
        `${label2}: ${(stat.size / 1024 / 1024).toFixed(1)} MiB, more than a results file can be (${MAX_RESULTS_BYTES / 1024 / 1024} MiB at most)`
      );
    }
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buffer, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.toString("utf8", 0, read);
  } finally {
    closeSync(fd);
  }
}
function readResultsFile(path, label2 = path) {
  const text3 = readBounded(path, label2);
  let data;
  try {
    data = JSON.parse(text3);
  } catch (error) {
    throw new ResultsError(`${label2}: not valid JSON (${logLine(error.message.split("\n")[0])})`);
  }
  return parseResults(data, label2);
}

// src/analysis/complete.ts
function targetPrecision(results2) {
  const precision2 = results2.config?.precision;
  return typeof precision2 === "number" ? precision2 : 0.05;
}
function withInterval(stats) {
  if (stats.ci || stats.samples.length === 0) return stats;
  const found = medianInterval(stats.samples);
  return { ...stats, ci: [found.low, found.high], ci_level: found.level };
}
function completeCell(cell2) {
  if (cell2.status !== "ok") return cell2;
  const ok = { ...cell2, stats: { ...cell2.stats, speedup: withInterval(cell2.stats.speedup) } };
  if (cell2.warm)
    ok.warm = { ...cell2.warm, stats: { ...cell2.warm.stats, speedup: withInterval(cell2.warm.stats.speedup) } };
  return ok;
}
function completeResults(results2) {
  const cells2 = results2.cells.map(completeCell);
  const primary = primaryCells(cells2, results2.system.cores);
  return {
    ...results2,
    cells: cells2,
    ...results2.base ? { base: { ...results2.base, cells: results2.base.cells.map(completeCell) } } : {},
    verdicts: results2.verdicts ?? verdicts({ cells: primary }, targetPrecision(results2)),
    // break-evens without intervals (earlier versions) are worked out again, with them
    break_even: results2.break_even?.every((b) => b.cold_task_ci !== void 0) ? results2.break_even : breakEvens({ cells: primary })
  };
}
var readResults = (path, label2 = path) => completeResults(readResultsFile(path, label2));

// src/analysis/transfer.ts
var movesData = (workload) => (builtinWorkload(workload)?.handed ?? "argument") !== "argument";
function transferCosts(cells2) {
  return cells2.flatMap((cell2) => {
    if (!movesData(cell2.workload) || typeof cell2.arg !== "number" || cell2.arg <= 0) return [];
    const kib = cell2.arg;
    const mibMoved = 2 * cell2.tasks * kib / 1024;
    const warm = cell2.warm;
    const wall = warm ? warm.wall_time : cell2.metrics.wall_time;
    const serial = warm ? warm.speedup * warm.wall_time : cell2.serial_wall_time;
    return [
      {
        cell: cell2,
        kib,
        mibMoved,
        msPerMib: wall * 1e3 / mibMoved,
        basis: warm ? "warm" : "cold",
        serialMsPerMib: serial * 1e3 / mibMoved
      }
    ];
  });
}

// src/report/svg-palette.ts
var strategyColor = (id) => isStrategyId(id) ? STRATEGIES[id].color : "#7F7F7F";
function texturePattern(id, color, texture) {
  const kind = texture % 4;
  const marks = [
    "",
    '<path d="M0 0V8" stroke="#fff" stroke-width="3"/>',
    '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
    '<path d="M0 0V8M0 4H8" stroke="#fff" stroke-width="1.6"/>'
  ][kind];
  const rotate = kind === 1 || kind === 3 ? ' patternTransform="rotate(45)"' : "";
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"${rotate}><rect width="8" height="8" fill="${color}"/>${marks}</pattern>`;
}
function textureCss(color, texture) {
  switch (texture % 4) {
    case 1:
      return `background:repeating-linear-gradient(45deg,${color} 0 3px,#fff 3px 5px)`;
    case 2:
      return `background:radial-gradient(circle,#fff 1.2px,transparent 1.6px) 0 0/5px 5px,${color}`;
    case 3:
      return `background:repeating-linear-gradient(45deg,transparent 0 3px,#fff 3px 4px),repeating-linear-gradient(-45deg,${color} 0 3px,#fff 3px 4px)`;
    default:
      return `background:${color}`;
  }
}

// src/report/model.ts
var idealOf = (cell2, cores) => Math.min(cell2.workers, cell2.tasks, cores);
function systemFacts(results2) {
  const s = results2.system;
  const runner = s.runner ? [s.runner.name, s.runner.os, s.runner.arch].filter((x) => Boolean(x)) : [];
  return [
    { text: prose`${ours(String(s.cores))} cores`, strong: true },
    { text: prose`${s.cpu_model}` },
    { text: prose`${ours(String(s.memory_gb))} GB` },
    { text: prose`${s.os} ${s.arch}` },
    { text: prose`Node ${s.node}` },
    ...(s.pythons ?? []).map((p) => ({
      text: prose`${p.label} ${p.version}${ours(p.free_threaded ? " (free-threaded)" : "")}`
    })),
    ...runner.length ? [{ text: prose`runner ${runner.join(" ")}` }] : [],
    ...s.git?.sha ? [{ text: prose`commit ${s.git.sha.slice(0, 7)}` }] : []
  ];
}
function textures(cells2) {
  const byStrategy = /* @__PURE__ */ new Map();
  for (const cell2 of cells2) {
    const runtimes = byStrategy.get(cell2.strategy) ?? [];
    if (!runtimes.includes(cell2.runtime)) byStrategy.set(cell2.strategy, [...runtimes, cell2.runtime]);
  }
  return new Map(
    [...byStrategy].flatMap(
      ([strategy, runtimes]) => runtimes.map((runtime, i) => [modelId({ runtime, strategy }), i])
    )
  );
}
function workloadView(results2, name, tex, changes, allBreakEvens) {
  const cells2 = results2.cells.filter((cell2) => cell2.workload === name);
  const verdicts2 = (results2.verdicts ?? []).filter((v) => v.workload === name);
  const cold = verdicts2.find((v) => v.basis === "cold");
  const named = uniq(verdicts2.flatMap((v) => v.best));
  const breakEvens2 = allBreakEvens.filter((b) => b.workload === name);
  const levels = uniq(cells2.map((cell2) => cell2.level)).map((level) => {
    const inLevel = cells2.filter((c) => c.level === level);
    return {
      name: level,
      first: inLevel[0],
      ideal: Math.max(...inLevel.map((c) => idealOf(c, results2.system.cores)))
    };
  });
  const byPlace = new Map(cells2.map((cell2) => [placeId(cell2), cell2]));
  const rows = uniq(cells2.map(modelId)).map((id) => {
    const first = cells2.find((cell2) => modelId(cell2) === id);
    return {
      id,
      strategy: first.strategy,
      name: modelProse(first.runtime, first.strategy),
      best: (cold?.best ?? []).includes(id),
      color: strategyColor(first.strategy),
      texture: tex.get(id) ?? 0,
      cells: levels.map(({ name: level }) => {
        const cell2 = byPlace.get(placeId({ ...first, workload: name, level }));
        if (!cell2) return void 0;
        const change = changes.get(placeId(cell2));
        return change ? { cell: cell2, change } : { cell: cell2 };
      })
    };
  });
  const top = cold ? cells2.filter((cell2) => cell2.status === "ok" && cell2.level === cold.level) : [];
  return {
    name,
    verdicts: verdicts2.map((v) => verdictText(v, results2.cells)),
    best: cold?.best ?? [],
    namedBreakEvens: breakEvens2.filter((b) => named.includes(modelId(b))),
    breakEvens: breakEvens2,
    levels,
    rows,
    ...top.length ? {
      chart: {
        level: cold.level,
        cells: top,
        ideal: Math.min(top[0].workers, top[0].tasks, results2.system.cores)
      }
    } : {},
    cells: cells2
  };
}
function transferViews(cells2) {
  const costs = transferCosts(cells2.filter((cell2) => cell2.status === "ok"));
  return uniq(costs.map((c) => c.cell.workload)).map((workload) => {
    const here = costs.filter((c) => c.cell.workload === workload);
    const levels = uniq(here.map((c) => c.cell.level)).map((name) => ({
      name,
      kib: here.find((c) => c.cell.level === name).kib
    }));
    const at = (list2, level) => list2.find((c) => c.cell.level === level);
    return {
      workload,
      levels,
      rows: uniq(here.map((c) => modelId(c.cell))).map((id) => {
        const mine = here.filter((c) => modelId(c.cell) === id);
        return {
          name: modelProse(mine[0].cell.runtime, mine[0].cell.strategy),
          costs: levels.map((l) => at(mine, l.name))
        };
      }),
      serial: uniq(here.map((c) => c.cell.runtime)).map((runtime) => {
        const mine = here.filter((c) => c.cell.runtime === runtime);
        return { runtime, msPerMib: levels.map((l) => at(mine, l.name)?.serialMsPerMib) };
      })
    };
  });
}
function sweepViews(cells2, cores) {
  const curves = sweepCurves(cells2, cores);
  const places = uniq(curves.map(levelId));
  return places.map((place) => {
    const here = curves.filter((c) => levelId(c) === place);
    const first = here[0];
    return {
      workload: first.workload,
      level: levelText(first.points.at(-1).cell),
      workers: uniq(here.flatMap((c) => c.points.map((p) => p.workers))).sort((a, b) => a - b),
      cores,
      rows: here.map((curve) => ({
        name: modelProse(curve.runtime, curve.strategy),
        color: strategyColor(curve.strategy),
        curve
      }))
    };
  });
}
function notMeasured2(results2) {
  const groups = /* @__PURE__ */ new Map();
  for (const cell2 of results2.cells.filter((c) => c.status !== "ok")) {
    const why = cell2.status === "failed" ? prose`failed: ${cell2.error}` : prose`skipped: ${cell2.reason}`;
    const key = JSON.stringify([modelId(cell2), why]);
    const group = groups.get(key) ?? { model: modelProse(cell2.runtime, cell2.strategy), why, places: [] };
    group.places.push([cell2.workload, cell2.level]);
    groups.set(key, group);
  }
  return [...groups.values()];
}
function calibrated(results2) {
  const seen = /* @__PURE__ */ new Set();
  return results2.cells.filter((cell2) => {
    if (cell2.status !== "ok" || !cell2.calibration) return false;
    const key = JSON.stringify([cell2.runtime, cell2.workload, cell2.level]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function reportModel(results2, comparison) {
  const all = results2.cells ?? [];
  const cells2 = primaryCells(all, results2.system.cores);
  const main = { ...results2, cells: cells2 };
  const workers2 = uniq(cells2.map((cell2) => cell2.workers));
  const cores = results2.system.cores;
  const target = targetPrecision(results2);
  const tex = textures(cells2);
  const changes = new Map(comparison?.cells.map((c) => [placeId(c), c]));
  const breakEvens2 = main.break_even ?? [];
  return {
    system: systemFacts(results2),
    createdAt: results2.created_at,
    freeThreaded: (results2.system.pythons ?? []).filter((p) => p.free_threaded).map((p) => p.label),
    ceiling: ceilingText(results2.system),
    processTree: processTreeNote(results2.system),
    ideal: workers2.length === 1 ? `ideal ${Math.min(workers2[0], cores)}\xD7 with ${workers2[0]} workers on ${cores} cores` : "ideal = workers, up to the core count",
    target,
    precision: precisionText(results2, target),
    ...comparison ? { comparison } : {},
    workloads: uniq(cells2.map((cell2) => cell2.workload)).map(
      (name) => workloadView(main, name, tex, changes, breakEvens2)
    ),
    notMeasured: notMeasured2(main),
    setAside: all.flatMap((cell2) => {
      const text3 = setAsideText(cell2);
      return text3 ? [{ model: modelProse(cell2.runtime, cell2.strategy), workload: cell2.workload, level: cell2.level, text: text3 }] : [];
    }),
    calibrated: calibrated(main),
    breakEvens: breakEvens2,
    sweeps: sweepViews(all, cores),
    transfers: transferViews(cells2),
    measured: all.filter((cell2) => cell2.status === "ok"),
    footer: {
      tool: results2.tool?.name ?? "concurrency-bench",
      version: results2.tool?.version ?? "",
      schema: results2.schema_version
    }
  };
}

// src/report/appendix-sections.ts
var table = (header, align, rows) => ({
  kind: "table",
  header: header.map((h) => [h]),
  align,
  rows: rows.map((cells2) => ({ cells: cells2.map((text3) => [text3]) }))
});
var folded = (summary, blocks) => [{ kind: "details", summary: [summary], blocks }];
function calibration(model) {
  if (model.calibrated.length === 0) return [];
  const rows = model.calibrated.map((cell2) => {
    const c = cell2.calibration;
    return [
      [prose`${cell2.runtime}`],
      [prose`${cell2.workload}`],
      [prose`${cell2.level}`],
      [formatSeconds(c.target_s)],
      [prose`${argText(cell2.arg)}`],
      [calibrationText(c.measured_s, c.samples, c.source)],
      [formatSeconds(cell2.serial_wall_time / cell2.tasks)],
      c.note ? [prose`${c.note}`] : []
    ];
  });
  return folded("Calibration: the argument each runtime got for a duration level", [
    table(
      ["Runtime", "Workload", "Level", "Target", "Argument", "Calibrated", "Serial run, per task", "Note"],
      ["l", "l", "l", "r", "r", "r", "r", "l"],
      rows
    )
  ]);
}
function claimCell(claim) {
  if (claim.kind === "none") return "\u2013";
  if (claim.kind === "pays")
    return `${claim.task === 0 ? "any size" : `above ${formatSeconds(claim.task)}`} (${roughRange(...claim.ci)})`;
  const at = `${claim.speedup.median.toFixed(2)}\xD7 (${interval(claim.speedup.ci)}) at ${formatSeconds(claim.longest)}`;
  switch (claim.kind) {
    case "unbounded":
      return `not pinned down; ${at}`;
    case "few-rounds":
      return "too few rounds";
    case "below":
      return `no: ${at}`;
    case "not-shown":
      return `not shown: ${at}`;
  }
}
function breakEven(model) {
  if (model.breakEvens.length === 0) return [];
  const rows = model.breakEvens.map((b) => [
    [modelProse(b.runtime, b.strategy)],
    [prose`${b.workload}`],
    [claimCell(claimOf(b, "cold"))],
    [claimCell(claimOf(b, "warm"))],
    [formatSeconds(b.fixed_cost_s)],
    [b.slope.toFixed(2)]
  ]);
  return folded("Break-even: the task size above which each model beats running serially here", [
    {
      kind: "paragraph",
      text: [
        "Start-up + shut-down is measured: the median of the rounds' own phases. The rest of a batch is fitted over the levels by weighted least squares, about a + b \xD7 (task length); Batch \xF7 task is b, ideally tasks \xF7 workers. A model pays off where tasks \xD7 length exceeds the two; in brackets, a 95% bootstrap interval over the rounds. A threshold is given only when that interval is bounded and the speedup at the longest task measured has a 95% interval above 1\xD7; otherwise the cell says what was measured there."
      ]
    },
    table(
      ["Model", "Workload", "Pays off (pool per job)", "(pool kept)", "Start-up + shut-down", "Batch \xF7 task"],
      ["l", "l", "r", "r", "r", "r"],
      rows
    )
  ]);
}
function fullMetrics(model) {
  const ok = model.measured;
  if (ok.length === 0) return [];
  const rows = ok.map(
    (cell2) => ({
      cells: [
        [modelProse(cell2.runtime, cell2.strategy)],
        [prose`${cell2.workload}`],
        [prose`${cell2.level}`],
        [`${cell2.workers}/${cell2.tasks}`],
        [formatSeconds(cell2.metrics.wall_time)],
        [spread(cell2.stats.wall_time)],
        [cell2.warm ? formatSeconds(cell2.warm.wall_time) : ""],
        [formatSeconds(cell2.metrics.cpu_time)],
        [`${cell2.metrics.throughput.toFixed(2)}/s`],
        [`${cell2.metrics.memory_mb.toFixed(0)} MB`],
        [formatSeconds(cell2.serial_wall_time)],
        [String(cell2.stats.wall_time.samples.length)]
      ].map((text3) => [text3])
    })
  );
  for (const [i, row2] of rows.entries()) row2.cells.push(phases(ok[i]));
  return folded("Full metrics (medians over the rounds)", [
    {
      kind: "paragraph",
      text: [
        "w/n: workers / tasks. Phases: the pool\u2019s start-up, the tasks\u2019 run, its shut-down, and the CPU the start-up took (workers, interpreters, imports)."
      ]
    },
    {
      kind: "table",
      header: [
        "Model",
        "Workload",
        "Level",
        "w/n",
        "Wall",
        "min \u2013 max, CV",
        "Warm wall",
        "CPU",
        "Throughput",
        "Memory",
        "Serial wall",
        "Rounds",
        "Phases"
      ].map((h) => [h]),
      align: ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r", "r", "r"],
      rows
    },
    ...runtimeInfo(ok)
  ]);
}
function phases(cell2) {
  const { startup, run, shutdown } = cell2.phases;
  return [
    [`start-up ${formatSeconds(startup)}`],
    [`run ${formatSeconds(run)}`],
    [`shut-down ${formatSeconds(shutdown)}`],
    ...cell2.cpu_phases ? [[`start-up CPU ${formatSeconds(cell2.cpu_phases.startup)}`]] : []
  ];
}
function runtimeInfo(cells2) {
  const lines = /* @__PURE__ */ new Map();
  for (const cell2 of cells2) {
    const info = Object.entries(cell2.info ?? {}).map(([key2, value]) => `${key2}: ${typeof value === "string" ? value : JSON.stringify(value)}`).join(", ");
    if (!info) continue;
    const key = `${modelId(cell2)} ${info}`;
    if (!lines.has(key)) lines.set(key, [modelProse(cell2.runtime, cell2.strategy), ": ", prose`${info}`]);
  }
  if (lines.size === 0) return [];
  return [
    { kind: "paragraph", text: ["Runtime info, as each runner reported it:"] },
    { kind: "list", items: [...lines.values()].map((text3) => ({ text: text3 })) }
  ];
}
function spread(stats) {
  const [low, high] = [formatSeconds(stats.min), formatSeconds(stats.max)];
  const unit = low.split(" ")[1];
  const range = unit === high.split(" ")[1] ? `${low.split(" ")[0]} \u2013 ${high}` : `${low} \u2013 ${high}`;
  return `${range}, CV ${Math.round(stats.cv * 100)}%`;
}
var VERDICT_RULE = 'A verdict rests on the last level of a workload that ran. Each claim is a one-sided test at 5% on the rounds themselves (a sign test: no assumption about the noise, so 5 rounds are the fewest that can show anything). It first sorts the models: shown to beat running serially (their speedups above 1\xD7), shown not to (below 1\xD7 plus the target precision, or keeping no more cores busy than the serial run: whatever such a model read, it ran the work one core at a time), and the rest. The leader among the first is named alone only when every other model still in the running is shown slower by more than the target precision (round by round against the same serial run within a runtime, by bounds on both medians across runtimes; Holm\u2019s correction for the number of comparisons); otherwise the tie is named. Speedups above the ideal count as the ideal. With no model shown to beat serial it says to run the work serially if every model was shown not to, and "inconclusive" otherwise.';
function when(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : ours(`${date.toISOString().slice(0, 16).replace("T", " ")} UTC`);
}
function appendix(model) {
  const { tool, version, schema } = model.footer;
  return [
    ...calibration(model),
    ...breakEven(model),
    ...fullMetrics(model),
    ...model.workloads.length ? folded("How a verdict is reached", [{ kind: "paragraph", text: [VERDICT_RULE] }]) : [],
    {
      kind: "paragraph",
      tone: "fine",
      text: [prose`${tool} ${version} · results.json schema ${String(schema)} · ${when(model.createdAt)}`]
    }
  ];
}

// src/report/comparison-lead.ts
var ratio = (x) => x.toFixed(2);
var interval2 = (ci) => ci ? ` [${ratio(ci[0])}\u2013${ratio(ci[1])}]` : "";
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var where = (cell2) => proseOf(
  ...cell2.strategy === SERIAL_ROW ? [nameOf2(cell2.runtime), " \xB7 serial"] : modelProse(cell2.runtime, cell2.strategy),
  " ",
  nameOf2(cell2.workload),
  "/",
  nameOf2(cell2.level)
);
function wallLine(cell2, kind) {
  const direction = cell2.verdict === "regression" ? "slower" : "faster";
  const rounds = cell2.pairs === void 0 ? "" : `, ${plural(cell2.pairs, kind === "same-run" ? "paired round" : "round")}`;
  const what = kind === "same-run" ? "the wall time" : "the wall time relative to serial";
  return prose`${where(cell2)}: ${ours(`${ratio(cell2.wallRatio)}\xD7 ${what}, ${direction}${interval2(cell2.ci)}${rounds}`)}`;
}
function memoryLine(cell2) {
  const memory = cell2.memory;
  const direction = memory.verdict === "regression" ? "more" : "less";
  return prose`${where(cell2)}: ${ours(`${ratio(memory.ratio)}\xD7 the peak memory, ${direction}${interval2(memory.ci)}`)}`;
}
function comparisonLead(comparison) {
  const cells2 = comparison.cells;
  const moved = (c) => c.verdict === "regression" || c.verdict === "improvement";
  const memoryMoved = (c) => c.memory?.verdict === "regression" || c.memory?.verdict === "improvement";
  const tested = cells2.filter((c) => c.verdict !== void 0);
  const pairs = tested.flatMap((c) => c.pairs === void 0 ? [] : [c.pairs]);
  const span4 = pairs.length ? `; ${rangeText(pairs)} ${comparison.kind === "same-run" ? "paired " : ""}rounds each` : "";
  const others = cells2.some(moved) || cells2.some(memoryMoved) ? "No other cell" : "No cell";
  const percent = `${+(comparison.minEffect * 100).toFixed(1)}%`;
  const heading = comparison.kind === "same-run" ? prose`Against the base tree ${comparison.baselineLabel}, measured in the same rounds` : prose`Against ${comparison.baselineLabel}: ${ours("another run, another machine: indicative only")}`;
  const notTold = cells2.filter((c) => c.status === "compared" && c.verdict === void 0).length;
  const count = (status) => cells2.filter((c) => c.status === status).length;
  const sameCode = comparison.sameCode ?? [];
  const untold = [
    sameCode.length ? prose`Not compared, measured once: ${joinProse(
      sameCode.map((name) => prose`${name}`),
      ", "
    )} (built in: the same code in both trees)` : [],
    notTold ? proseOf(`${plural(notTold, "cell")} had too few rounds to tell (5 at least)`) : [],
    count("not-comparable") ? proseOf(`${plural(count("not-comparable"), "cell")} not comparable (failed or skipped on a side)`) : [],
    count("new") ? proseOf(`${plural(count("new"), "cell")} only in this tree`) : [],
    count("gone") ? proseOf(`${plural(count("gone"), "cell")} only in the baseline`) : []
  ].filter((line) => line.length > 0);
  return {
    heading,
    changed: [
      ...cells2.filter(moved).map((cell2) => wallLine(cell2, comparison.kind)),
      ...cells2.filter(memoryMoved).map(memoryLine)
    ],
    rest: proseOf(
      `${others} was shown ${percent} or more slower or faster (${plural(tested.length, "cell")} compared${span4}).`
    ),
    untold
  };
}
function rangeText(values) {
  const [low, high] = [Math.min(...values), Math.max(...values)];
  return low === high ? `${low}` : `${low}\u2013${high}`;
}

// src/report/speedup-chart.ts
var notRunText = (cell2) => cell2.status === "failed" ? `failed: ${cell2.error}` : cell2.status === "skipped" ? `${notShownWord(cell2)}: ${cell2.reason}` : "";
function bar(cell2, where2) {
  if (cell2.status !== "ok")
    return { value: null, label: "", note: cell2.status, title: `${where2}: ${notRunText(cell2)}` };
  const speedup = cell2.metrics.speedup;
  const label2 = Number.isFinite(speedup) ? `${speedup.toFixed(2)}\xD7` : "\u2013";
  const range = speedupInterval(cell2);
  const wide = (cell2.stats?.speedup?.ci_level ?? 0) < 0.95;
  return {
    value: Number.isFinite(speedup) ? speedup : null,
    label: label2,
    dashed: wide,
    range,
    note: "n/a",
    title: `${where2}: ${label2} (median${range ? `, interval ${interval(range)}` : ""})${wide ? ", fewer than 6 rounds: the interval is the min\u2013max range" : ""}`
  };
}
function speedupChart(workload, index) {
  const headline = workload.chart ? workload.levels.findIndex((level) => level.name === workload.chart.level) : -1;
  return {
    kind: "chart",
    shape: "bars",
    id: `chart-${index}`,
    workload: workload.name,
    series: workload.rows.map((row2) => {
      const first = row2.cells.find((entry) => entry).cell;
      return {
        name: plainText(row2.name),
        short: `${first.runtime} ${strategyName(first.strategy)}`,
        color: row2.color,
        texture: row2.texture
      };
    }),
    groups: workload.levels.map((level, l) => ({
      label: level.name,
      sublabel: `arg ${argText(level.first.arg)}`,
      ideal: level.ideal,
      bars: workload.rows.map((row2) => {
        const cell2 = row2.cells[l]?.cell;
        return cell2 && bar(cell2, `${plainText(row2.name)}, ${cell2.level}`);
      })
    })),
    ...headline >= 0 ? { headline } : {}
  };
}

// src/report/sweep-sections.ts
var sweepNote = (cores) => `Each pool size runs as many tasks as workers, against the same tasks run serially; * marks more workers than the ${cores} cores (over-subscribed: they queue for the cores). The fits use only the pool sizes within the cores (4 or more, else no fit), each read against the same model with 1 worker (when the sweep has it), so a pool's own start-up is not taken for poor scaling. Amdahl's serial fraction is the share that never runs in parallel; Gunther's USL splits the loss into contention \u03C3 (waiting for something shared) and coherency \u03BA (keeping workers in step, what makes a curve turn down), and puts the peak at \u221A((1 \u2212 \u03C3) / \u03BA) workers.`;
function sweepBlocks(model, charts) {
  if (model.sweeps.length === 0) return [];
  const blocks = [
    { kind: "heading", level: 3, text: ["Scaling: speedup by pool size"] },
    { kind: "paragraph", text: [sweepNote(model.sweeps[0].cores)] }
  ];
  for (const sweep of model.sweeps) {
    if (charts)
      blocks.push({
        kind: "chart",
        shape: "lines",
        title: `${sweep.workload} ${plainText(sweep.level)}: speedup by pool size`,
        workers: sweep.workers,
        cores: sweep.cores,
        series: sweep.rows.map(({ name, color, curve }) => ({
          name: plainText(name),
          color,
          points: curve.points.map((p) => ({
            at: sweep.workers.indexOf(p.workers),
            value: p.speedup,
            title: `${plainText(name)}: ${p.speedup.toFixed(2)}\xD7 with ${p.workers} workers${p.overSubscribed ? " (over cores)" : ""}`
          }))
        }))
      });
    const header = [
      [prose`${sweep.workload} ${sweep.level}`],
      ...sweep.workers.map((n) => [n > sweep.cores ? `${n}*` : String(n)]),
      ["Amdahl serial fraction"],
      ["USL \u03C3 \xB7 \u03BA"],
      ["Peak"]
    ];
    const notes = [];
    const rows = sweep.rows.map(({ name, color, curve }) => {
      const note = noFitNote(curve, sweep.cores);
      if (note && !notes.includes(note)) notes.push(note);
      return {
        swatch: { color, texture: 0 },
        cells: [
          [[name]],
          ...sweep.workers.map((n) => {
            const point = curve.points.find((p) => p.workers === n);
            return point ? [[`${point.speedup.toFixed(2)}\xD7`]] : [];
          }),
          [[amdahlText(curve)]],
          [[uslText(curve)]],
          [[proseOf(peakText(curve, sweep.cores))]]
        ]
      };
    });
    blocks.push({ kind: "table", header, align: header.map((_, i) => i === 0 ? "l" : "r"), rows });
    for (const note of notes)
      blocks.push({ kind: "paragraph", text: [proseOf(`${note[0].toUpperCase()}${note.slice(1)}.`)] });
  }
  return [{ kind: "section", id: "sweeps", blocks }];
}

// src/report/sections.ts
function verdictsText(verdicts2) {
  return joined(
    verdicts2.map(
      (text3) => text3.names.length ? [text3.basis, ": ", strong(joinProse(text3.names, " \u2248 ")), " (", text3.detail, ")"] : [text3.basis, ": ", strong(text3.detail)]
    ),
    "; "
  );
}
function comparisonLeadBlocks(comparison) {
  const lead = comparisonLead(comparison);
  return [
    { kind: "heading", level: 3, text: [lead.heading] },
    ...lead.changed.length ? [{ kind: "list", items: lead.changed.map((line) => ({ text: [strong(line)] })) }] : [],
    { kind: "paragraph", text: [lead.rest] },
    ...lead.untold.length ? [{ kind: "list", items: lead.untold.map((line) => ({ text: [line] })) }] : []
  ];
}
function comparisonSummary(comparison) {
  const count = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
  const regressions = comparison.regressions > 0 ? strong(count(comparison.regressions, "regression")) : "no regression";
  const memory = comparison.memoryRegressions ? [", ", strong(count(comparison.memoryRegressions, "memory regression"))] : [];
  return {
    kind: "paragraph",
    tone: comparison.regressions + comparison.memoryRegressions > 0 ? "warning" : void 0,
    text: [
      prose`Compared with ${comparison.baselineLabel}: `,
      regressions,
      ...memory,
      `, ${count(comparison.improvements, "improvement")}. `,
      proseOf(comparison.method),
      ...comparison.notes.flatMap((note) => [" Note: ", note, "."])
    ]
  };
}
function systemBlocks(model) {
  const { ceiling, processTree } = model;
  return [
    { kind: "facts", items: model.system.map(({ text: text3, strong: bold }) => bold ? [strong(text3)] : [text3]) },
    ...processTree ? [{ kind: "paragraph", tone: "note", text: [processTree] }] : [],
    ...ceiling ? [{ kind: "paragraph", text: [proseOf(ceiling.text)] }] : [],
    ...ceiling?.warning ? [{ kind: "paragraph", tone: "warning", text: [proseOf(ceiling.warning)] }] : [],
    ...model.freeThreaded.length ? [
      {
        kind: "paragraph",
        text: [
          prose`Free-threaded (no GIL): ${joinProse(
            model.freeThreaded.map((label2) => prose`${label2}`),
            ", "
          )}`,
          "; its ThreadPool runs threads in parallel."
        ]
      }
    ] : []
  ];
}
function verdictBlocks(model) {
  const withVerdicts = model.workloads.filter((w) => w.verdicts.length > 0);
  if (withVerdicts.length === 0) return [];
  return [
    { kind: "heading", level: 3, text: ["Verdicts"] },
    {
      kind: "list",
      items: withVerdicts.map((workload) => ({
        text: [strong(prose`${workload.name}`), ": ", ...verdictsText(workload.verdicts), "."],
        sub: workload.namedBreakEvens.map((b) => [breakEvenSentence(b), "."])
      }))
    }
  ];
}
var cellLegend = (model) => ({
  kind: "paragraph",
  text: [
    `Each cell: speedup with a pool made per job (serial time \xF7 parallel time; ${model.ideal}) and its [95% interval], in bold when the interval is within \xB1${+(model.target * 100).toFixed(1)}% (conclusive) \xB7 efficiency (speedup \xF7 workers) \xB7 CPU utilization of the workers ("too short" where the CPU clock's 10 ms ticks could make it 20% wrong) \xB7 warm speedup, on a pool already started.`
  ]
});
function workloadTable(model, workload) {
  const compared = model.comparison !== void 0;
  const header = [
    ["Model"],
    ...workload.levels.flatMap(({ name, first }) => {
      const level = [first.target_s === void 0 ? prose`${name}` : levelText(first)];
      return compared ? [level, ["\u0394 wall"]] : [level];
    })
  ];
  return {
    kind: "table",
    header,
    align: header.map((_, i) => i === 0 ? "l" : "r"),
    rows: workload.rows.map((row2) => ({
      swatch: { color: row2.color, texture: row2.texture },
      ...row2.best ? { tag: "best" } : {},
      cells: [
        [[row2.name]],
        ...row2.cells.flatMap((entry) => {
          const parts = cellParts(entry?.cell, model.target);
          return compared ? [parts, [deltaText(entry?.change)]] : [parts];
        })
      ]
    }))
  };
}
function workloadSection(model, workload, index, choice) {
  return {
    kind: "section",
    id: `w${index}`,
    blocks: [
      { kind: "heading", level: 3, text: [prose`${workload.name}`] },
      workloadTable(model, workload),
      ...choice.charts ? [speedupChart(workload, index)] : []
    ]
  };
}
function transferBlocks(model) {
  if (model.transfers.length === 0) return [];
  const ms = (value) => value === void 0 ? [] : [[`${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`]];
  const blocks = [
    { kind: "heading", level: 3, text: ["Data crossing: milliseconds per MiB moved"] },
    { kind: "paragraph", text: [proseOf(TRANSFER_NOTE)] },
    ...model.transfers.map((view) => {
      const header = [
        [prose`${view.workload}`],
        ...view.levels.map((l) => [prose`${l.name} (${ours(`${l.kib} KiB`)})`])
      ];
      return {
        kind: "table",
        header,
        align: header.map((_, i) => i === 0 ? "l" : "r"),
        rows: [
          ...view.rows.map((row2) => ({ cells: [[[row2.name]], ...row2.costs.map((c) => ms(c?.msPerMib))] })),
          ...view.serial.map((s) => ({
            cells: [[[prose`${s.runtime} serially (no crossing)`]], ...s.msPerMib.map(ms)]
          }))
        ]
      };
    })
  ];
  return [{ kind: "section", id: "transfer", blocks }];
}
function notMeasuredBlocks(model) {
  if (model.notMeasured.length === 0) return [];
  return [{ kind: "heading", level: 3, text: ["Not measured"] }, notMeasuredList(model)];
}
function notMeasuredList(model) {
  return {
    kind: "list",
    items: model.notMeasured.map(({ model: name, why, places }) => ({
      text: [
        name,
        ": ",
        why,
        " (",
        joinProse(
          places.map(([w, l]) => prose`${w} ${l}`),
          ", "
        ),
        ")"
      ]
    }))
  };
}
function setAsideBlocks(model) {
  if (model.setAside.length === 0) return [];
  return [
    { kind: "heading", level: 3, text: ["Rounds set aside"] },
    {
      kind: "paragraph",
      text: [
        "Their figures could not be true on this runner (a speedup above what the workers, tasks or cores allow, or more CPU than the machine has); they are kept in results.json and left out of every median, interval and verdict."
      ]
    },
    {
      kind: "list",
      items: model.setAside.map(({ model: name, workload, level, text: text3 }) => ({
        text: [prose`${name} ${workload} ${level}: ${text3}`]
      }))
    }
  ];
}
function reportSections(model, choice = {}) {
  return [
    { kind: "heading", level: 2, text: ["concurrency-bench"] },
    ...model.comparison ? comparisonLeadBlocks(model.comparison) : [],
    ...systemBlocks(model),
    ...verdictBlocks(model),
    cellLegend(model),
    ...model.precision ? [{ kind: "paragraph", text: [model.precision] }] : [],
    ...model.comparison ? [comparisonSummary(model.comparison)] : [],
    ...model.workloads.length ? [] : [{ kind: "paragraph", text: ["No cells in these results."] }],
    ...model.workloads.map((workload, i) => workloadSection(model, workload, i, choice)),
    ...sweepBlocks(model, choice.charts ?? false),
    ...transferBlocks(model),
    ...notMeasuredBlocks(model),
    ...setAsideBlocks(model),
    ...choice.full ? appendix(model) : []
  ];
}

// src/report/svg-bar-chart.ts
var WIDTH = 1040;
var PLOT_HEIGHT = 250;
var MARGIN = { left: 52, right: 76, bottom: 48 };
var charWidth = (size) => size * 0.6;
var textWidth = (text3, size) => [...text3].reduce(
  (sum, ch) => sum + size * (/[0-9]/.test(ch) ? 0.64 : /[.,]/.test(ch) ? 0.32 : /[×~]/.test(ch) ? 0.84 : 0.66),
  0
);
var f = (n) => (Math.round(n * 10) / 10).toString();
function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 2.5 ? 2.5 : scaled <= 5 ? 5 : 10) * power;
}
function legend(series, ids) {
  const parts = [];
  let x = MARGIN.left;
  let y = 14;
  series.forEach((s, i) => {
    const name = clip(s.name, 40);
    const width = 14 + 6 + [...name].length * charWidth(12) + 18;
    if (x + width > WIDTH - 8 && x > MARGIN.left) {
      x = MARGIN.left;
      y += 20;
    }
    parts.push(
      `<rect x="${f(x)}" y="${y - 11}" width="14" height="14" rx="2" fill="${ids[i]}" stroke="#333" stroke-opacity=".5"/>`,
      `<text x="${f(x + 20)}" y="${y}" font-size="12">${escapeHtml(name)}</text>`
    );
    x += width;
  });
  return { svg: parts.join(""), height: y + 14 };
}
function renderBarChart(chart) {
  const { series, groups } = chart;
  const fills = series.map((s, i) => s.texture % 4 === 0 ? s.color : `url(#${chart.id}-p${i})`);
  const patterns = series.map((s, i) => s.texture % 4 === 0 ? "" : texturePattern(`${chart.id}-p${i}`, s.color, s.texture)).join("");
  const key = legend(series, fills);
  const top = key.height + 10;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const bottom = top + PLOT_HEIGHT;
  const height = bottom + MARGIN.bottom;
  const groupWidth = plotWidth / Math.max(1, groups.length);
  const pad = Math.max(6, groupWidth * 0.03);
  const slot = Math.min(96, (groupWidth - 2 * pad) / Math.max(1, series.length));
  const inset = (groupWidth - slot * series.length) / 2;
  const barWidth = Math.min(slot * 0.8, 64);
  const bars = groups.flatMap((g) => g.bars).filter((b) => b !== void 0);
  const widest = (size) => Math.max(0, ...bars.map((b) => textWidth(b.label, size)));
  const labelFont = widest(11) + 6 <= slot ? 11 : 10;
  const rotate = widest(labelFont) + 6 > slot;
  const labelRoom = rotate ? widest(labelFont) + 10 : labelFont + 8;
  const values = [
    ...bars.flatMap((b) => [b.value, b.range?.[1]]),
    ...groups.map((g) => g.ideal),
    chart.baseline?.value
  ].filter((v) => typeof v === "number" && Number.isFinite(v) && v > 0);
  const peak = Math.max(1e-9, ...values) * (PLOT_HEIGHT / (PLOT_HEIGHT - labelRoom));
  const step = niceStep(peak / 5);
  const max = Math.ceil(peak / step - 1e-9) * step;
  const y = (v) => bottom - Math.max(0, Math.min(v, max)) / max * PLOT_HEIGHT;
  const out = [
    `<svg viewBox="0 0 ${WIDTH} ${f(height)}" width="${WIDTH}" height="${f(height)}" role="img" aria-label="${escapeHtml(chart.title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif" fill="#1b1f24">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    patterns ? `<defs>${patterns}</defs>` : "",
    key.svg
  ];
  for (let v = 0; v <= max + step / 2; v += step) {
    const yy = f(y(v));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 6}" y="${yy}" dy=".35em" text-anchor="end" font-size="11" fill="#57606a">${escapeHtml(chart.formatTick(v))}</text>`
    );
  }
  const overlay = [];
  groups.forEach((group, gi) => {
    const gx = MARGIN.left + gi * groupWidth;
    group.bars.forEach((bar2, si) => {
      if (!bar2) return;
      const cx = gx + inset + slot * si + slot / 2;
      if (bar2.value === null || !Number.isFinite(bar2.value)) {
        const note = clip(bar2.note ?? "n/a", 12);
        const flat = textWidth(note, 10) + 4 <= slot;
        const pos = flat ? `x="${f(cx)}" y="${bottom - 5}" text-anchor="middle"` : `transform="translate(${f(cx)} ${bottom - 5}) rotate(-90)" dy=".35em"`;
        out.push(
          `<text ${pos} font-size="10" font-style="italic" fill="${bar2.note === "failed" ? "#b42318" : "#57606a"}"><title>${escapeHtml(bar2.title)}</title>${escapeHtml(note)}</text>`
        );
        return;
      }
      const yTop = y(bar2.value);
      const h = Math.max(1, bottom - yTop);
      const outline = bar2.dashed ? 'stroke-width="1.6" stroke-dasharray="4 3"' : 'stroke-opacity=".6"';
      out.push(
        `<rect x="${f(cx - barWidth / 2)}" y="${f(bottom - h)}" width="${f(barWidth)}" height="${f(h)}" fill="${fills[si]}" stroke="#1b1f24" ${outline}><title>${escapeHtml(bar2.title)}</title></rect>`
      );
      let labelY = bottom - h;
      const [lo, hi] = bar2.range ?? [NaN, NaN];
      if (Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) {
        const [y1, y2, cap] = [y(lo), y(hi), Math.min(6, barWidth / 4)];
        overlay.push(
          `<path d="M${f(cx)} ${f(y1)}V${f(y2)}M${f(cx - cap)} ${f(y1)}H${f(cx + cap)}M${f(cx - cap)} ${f(y2)}H${f(cx + cap)}" stroke="#1b1f24" stroke-width="1.2" fill="none"/>`
        );
        labelY = Math.min(labelY, y2);
      }
      const text3 = escapeHtml(bar2.label);
      const halo = 'paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"';
      overlay.push(
        rotate ? `<text transform="translate(${f(cx)} ${f(labelY - 4)}) rotate(-90)" dy=".35em" font-size="${labelFont}" ${halo}>${text3}</text>` : `<text x="${f(cx)}" y="${f(labelY - 5)}" text-anchor="middle" font-size="${labelFont}" ${halo}>${text3}</text>`
      );
    });
    const maxChars = Math.max(4, Math.floor(groupWidth / charWidth(13)) - 1);
    out.push(
      `<text x="${f(gx + groupWidth / 2)}" y="${bottom + 18}" text-anchor="middle" font-size="13" font-weight="600">${escapeHtml(clip(group.label, maxChars))}</text>`
    );
    if (group.sublabel) {
      out.push(
        `<text x="${f(gx + groupWidth / 2)}" y="${bottom + 34}" text-anchor="middle" font-size="11" fill="#57606a">${escapeHtml(clip(group.sublabel, maxChars))}</text>`
      );
    }
    if (gi > 0)
      out.push(
        `<line x1="${f(gx)}" x2="${f(gx)}" y1="${top}" y2="${bottom}" stroke="#d0d7de" stroke-dasharray="2 3"/>`
      );
  });
  if (chart.baseline) {
    const yy = f(y(chart.baseline.value));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#57606a" stroke-width="1.5"/>`,
      `<text x="${WIDTH - MARGIN.right + 6}" y="${yy}" dy="1.1em" font-size="11" fill="#57606a">${escapeHtml(chart.baseline.label)}</text>`
    );
  }
  for (let gi = 0; gi < groups.length; ) {
    const ideal = groups[gi].ideal;
    let end = gi + 1;
    while (end < groups.length && groups[end].ideal === ideal) end++;
    if (ideal !== void 0 && Number.isFinite(ideal) && ideal > 0) {
      const yy = f(y(ideal));
      const x2 = end === groups.length ? WIDTH - MARGIN.right : MARGIN.left + end * groupWidth;
      out.push(
        `<line x1="${f(MARGIN.left + gi * groupWidth)}" x2="${f(x2)}" y1="${yy}" y2="${yy}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="6 4"/>`
      );
      const label2 = escapeHtml(chart.formatIdeal(ideal));
      out.push(
        end === groups.length ? `<text x="${x2 + 6}" y="${yy}" dy="-.3em" font-size="11" font-weight="600">${label2}</text>` : `<text x="${f(x2 - 4)}" y="${yy}" dy="-.4em" text-anchor="end" font-size="11" font-weight="600" ${'paint-order="stroke" stroke="#fff" stroke-width="3"'}>${label2}</text>`
      );
    }
    gi = end;
  }
  out.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}" stroke="#57606a"/>`,
    ...overlay
  );
  if (bars.every((b) => b.value === null) && chart.empty) {
    out.push(
      `<text x="${f(MARGIN.left + plotWidth / 2)}" y="${f(top + PLOT_HEIGHT / 2)}" text-anchor="middle" font-size="14" fill="#57606a">${escapeHtml(chart.empty)}</text>`
    );
  }
  out.push("</svg>");
  return out.join("");
}

// src/report/svg-line-chart.ts
var WIDTH2 = 640;
var HEIGHT = 300;
var M = { left: 48, right: 170, top: 16, bottom: 44 };
var f2 = (n) => (Math.round(n * 10) / 10).toString();
function renderLineChart(chart) {
  const ideal = (workers2) => Math.min(workers2, chart.cores);
  const top = Math.max(1, ...chart.workers.map(ideal), ...chart.series.flatMap((s) => s.points.map((p) => p.value)));
  const yMax = Math.ceil(top * 1.1 * 2) / 2;
  const plotW = WIDTH2 - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const x = (i) => M.left + (chart.workers.length === 1 ? plotW / 2 : i * plotW / (chart.workers.length - 1));
  const y = (v) => M.top + plotH - v / yMax * plotH;
  const step = yMax <= 3 ? 0.5 : yMax <= 8 ? 1 : Math.ceil(yMax / 8);
  const parts = [];
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    parts.push(
      `<line x1="${M.left}" x2="${M.left + plotW}" y1="${f2(y(v))}" y2="${f2(y(v))}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${M.left - 6}" y="${f2(y(v) + 4)}" font-size="11" text-anchor="end">${f2(v)}\xD7</text>`
    );
  }
  chart.workers.forEach((n, i) => {
    const over = n > chart.cores;
    parts.push(
      `<text x="${f2(x(i))}" y="${M.top + plotH + 16}" font-size="11" text-anchor="middle">${n}</text>`,
      over ? `<text x="${f2(x(i))}" y="${M.top + plotH + 29}" font-size="10" text-anchor="middle" fill="#57606a">over cores</text>` : ""
    );
  });
  parts.push(
    `<text x="${f2(M.left + plotW / 2)}" y="${HEIGHT - 4}" font-size="11" text-anchor="middle" fill="#57606a">workers (tasks = workers)</text>`,
    `<polyline fill="none" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="5 4" points="${chart.workers.map((n, i) => `${f2(x(i))},${f2(y(ideal(n)))}`).join(" ")}"><title>ideal: min(workers, ${chart.cores} cores)</title></polyline>`
  );
  chart.series.forEach((s, k) => {
    const points = s.points.map((p) => `${f2(x(p.at))},${f2(y(p.value))}`).join(" ");
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2.5" points="${points}"/>`);
    for (const p of s.points) {
      parts.push(
        `<circle cx="${f2(x(p.at))}" cy="${f2(y(p.value))}" r="4" fill="${s.color}" stroke="#fff"><title>${escapeHtml(p.title)}</title></circle>`
      );
    }
    const ly2 = M.top + 12 + k * 18;
    parts.push(
      `<rect x="${WIDTH2 - M.right + 12}" y="${ly2 - 9}" width="14" height="4" fill="${s.color}"/>`,
      `<text x="${WIDTH2 - M.right + 32}" y="${ly2 - 3}" font-size="11">${escapeHtml(clip(s.name, 24))}</text>`
    );
  });
  const ly = M.top + 12 + chart.series.length * 18;
  parts.push(
    `<line x1="${WIDTH2 - M.right + 12}" x2="${WIDTH2 - M.right + 26}" y1="${ly - 7}" y2="${ly - 7}" stroke="#1b1f24" stroke-dasharray="4 3"/>`,
    `<text x="${WIDTH2 - M.right + 32}" y="${ly - 3}" font-size="11">ideal</text>`
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH2} ${HEIGHT}" role="img" aria-label="${escapeHtml(chart.title)}" font-family="system-ui,sans-serif">${parts.join("")}</svg>`;
}

// src/report/html.ts
function span2(part) {
  if (typeof part === "string") return escapeHtml(part);
  if (Array.isArray(part)) return escapeHtml(plainText(part));
  return `<b>${part.strong.map(span2).join("")}</b>`;
}
var text = (parts) => parts.map(span2).join("");
var cell = (parts) => parts.length <= 1 ? text(parts[0] ?? []) : parts.map((part) => `<div>${text(part)}</div>`).join("");
function table2(block) {
  const cls = (i) => block.align[i] === "l" ? ' class="l"' : "";
  const head = block.header.map((h, i) => `<th${cls(i)}>${text(h)}</th>`).join("");
  const rows = block.rows.map((row2) => {
    const [name = [], ...rest] = row2.cells;
    const swatch = row2.swatch ? `<span class="sw" style="${textureCss(row2.swatch.color, row2.swatch.texture)}"></span>` : "";
    const tds = rest.map((parts, i) => `<td${cls(i + 1)}>${cell(parts)}</td>`).join("");
    const tag = row2.tag ? ` <span class="badge">${escapeHtml(row2.tag)}</span>` : "";
    return `<tr><th scope="row">${swatch}${cell(name)}${tag}</th>${tds}</tr>`;
  });
  return `<div class="scroll"><table class="grid">
<thead><tr>${head}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></div>`;
}
var TONE = { note: ' class="note"', warning: ' class="warning"', fine: ' class="fine"' };
function draw(block) {
  switch (block.kind) {
    case "heading":
      return `<h${block.level - 1}>${text(block.text)}</h${block.level - 1}>`;
    case "paragraph":
      return block.tone === "fine" ? `<footer>${text(block.text)}</footer>` : `<p${block.tone ? TONE[block.tone] : ""}>${text(block.text)}</p>`;
    case "facts":
      return `<p class="system">${block.items.map((item) => `<span class="fact">${text(item)}</span>`).join(" \xB7 ")}</p>`;
    case "list":
      return `<ul>${block.items.map(
        (item) => `<li>${text(item.text)}${item.sub?.length ? `<ul>${item.sub.map((sub) => `<li>${text(sub)}</li>`).join("")}</ul>` : ""}</li>`
      ).join("\n")}</ul>`;
    case "table":
      return table2(block);
    case "details":
      return `<details><summary>${text(block.summary)}</summary>
${drawBlocks(block.blocks)}</details>`;
    case "chart":
      return block.shape === "bars" ? `<figure class="chart">${renderBarChart({
        id: block.id,
        title: `Speedup by model and level, workload ${block.workload}`,
        series: block.series,
        groups: block.groups,
        baseline: { value: 1, label: "serial 1\xD7" },
        formatTick: (v) => `${Number(v.toFixed(3))}\xD7`,
        formatIdeal: (v) => `ideal ${Number(v.toFixed(2))}\xD7`,
        empty: "No cell of this workload was measured."
      })}<figcaption class="note">Bars: median speedup, pool made per job; whisker: its 95% interval (dashed bar: fewer than 6 rounds, the whisker is the min\u2013max range).</figcaption></figure>` : `<h3>${escapeHtml(block.title)}</h3><figure class="chart line">${renderLineChart(block)}</figure>`;
    case "section":
      return `<section class="workload" id="${escapeHtml(block.id)}">
${drawBlocks(block.blocks)}</section>`;
  }
}
var drawBlocks = (blocks) => blocks.map((block) => `${draw(block)}
`).join("");
var drawHtml = (title, blocks) => htmlPage(title, drawBlocks(blocks));

// src/report/escape.ts
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function inertName(name, place = "text") {
  let text3 = name.replace(CONTROL, " ");
  if (place === "table") text3 = text3.replace(/\\(?=\|)/g, "\\\u200B").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text3.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text3.startsWith("`") || text3.endsWith("`") || text3.startsWith(" ") && text3.endsWith(" ") && text3.trim() !== "" ? " " : "";
  return `${fence}${pad}${text3 === "" ? " " : text3}${pad}${fence}`;
}
function escapeMarkdown(text3) {
  return text3.replace(CONTROL, " ").replace(/[\\`*_~[\]<>!#|]/g, (c) => `\\${c}`).replace(/&/g, "&amp;");
}
var inertNameInHtml = (name) => `<code>${escapeHtml(name.replace(CONTROL, " "))}</code>`;

// src/report/mermaid.ts
var label = (text3) => text3.replace(/[^\w .·+-]/g, "_").slice(0, 40);
function mermaidChart(chart) {
  const group = chart.headline === void 0 ? void 0 : chart.groups[chart.headline];
  if (!group) return "";
  const drawn = group.bars.flatMap((bar2, i) => bar2?.value == null ? [] : [{ bar: bar2, series: chart.series[i] }]);
  if (drawn.length === 0) return "";
  const names = drawn.map(({ series }) => `"${label(series.short)}"`);
  const speedups = drawn.map(({ bar: bar2 }) => Number(bar2.value.toFixed(2)));
  const top = Math.ceil(Math.max(group.ideal, ...speedups) * 1.15 * 10) / 10;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${label(chart.workload)} (${label(group.label)}): speedup by strategy, ideal ${group.ideal}x"`,
    `    x-axis [${names.join(", ")}]`,
    `    y-axis "speedup (x)" 0 --> ${top}`,
    `    bar [${speedups.join(", ")}]`,
    `    line [${drawn.map(() => group.ideal).join(", ")}]`,
    "```"
  ].join("\n");
}

// src/report/comment-sections.ts
function verdictLines(model) {
  const items = model.workloads.flatMap(
    (workload) => workload.verdicts.map((verdict) => ({
      text: [
        strong(prose`${workload.name}`),
        " \xB7 ",
        verdict.basis,
        ": ",
        ...verdict.names.length ? [strong(joinProse(verdict.names, " \u2248 ")), ` ${verdict.short}`] : [strong(verdict.short)]
      ]
    }))
  );
  if (items.length === 0) return [];
  const tie = model.workloads.some((w) => w.verdicts.some((v) => v.names.length > 1));
  return [
    { kind: "list", items },
    {
      kind: "paragraph",
      text: [
        `${tie ? "A \u2248 B: a tie, not shown apart by more than the target precision; " : ""}[low\u2013high]: the 95% interval of the speedup (serial time \xF7 parallel time, ${model.ideal}).`
      ]
    }
  ];
}
function commentSections(model) {
  return [
    { kind: "heading", level: 2, text: ["concurrency-bench"] },
    ...model.comparison ? comparisonLeadBlocks(model.comparison) : [],
    // the facts, and what reads them differently (off Linux; a ceiling that moved): no more
    ...systemBlocks(model).filter((block) => block.kind === "facts" || block.kind === "paragraph" && block.tone),
    ...verdictLines(model),
    ...model.workloads.length ? [
      {
        kind: "details",
        summary: ["Speedup by model and level"],
        blocks: [
          cellLegend(model),
          ...model.workloads.map((w, i) => workloadSection(model, w, i, { charts: true }))
        ]
      }
    ] : [],
    ...model.notMeasured.length ? [{ kind: "details", summary: ["Not measured"], blocks: [notMeasuredList(model)] }] : []
  ];
}

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table4, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table4.length) {
    const row3 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table4[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table4[rowIndex].length;
    }
    while (++columnIndex2 < table4[rowIndex].length) {
      const cell2 = serialize(table4[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell2);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row3.push(cell2);
    }
    cellMatrix[rowIndex] = row3;
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
  const row2 = [];
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
    const cell2 = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row2[columnIndex] = cell2;
  }
  cellMatrix.splice(1, 0, row2);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row3 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell2 = row3[columnIndex] || "";
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
      !(settings.alignDelimiters === false && cell2 === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell2);
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

// src/report/table.ts
var CELL_WIDTH = 60;
function cappedTable(rows, align) {
  return markdownTable(rows, { align, stringLength: (cell2) => Math.min(cell2.length, CELL_WIDTH) });
}

// src/report/markdown.ts
var markdownWords = (place) => ({
  words: escapeMarkdown,
  names: (name) => inertName(name, place)
});
var inHtml = { words: escapeHtml, names: inertNameInHtml };
function span3(part, how) {
  if (typeof part === "string") return part;
  if (Array.isArray(part)) return formatProse(part, how.words, how.names);
  return `**${part.strong.map((p) => span3(p, how)).join("")}**`;
}
var text2 = (parts, place = "text") => parts.map((part) => span3(part, markdownWords(place))).join("");
function table3(block) {
  const rows = [
    block.header.map((cell2) => text2(cell2, "table")),
    ...block.rows.map(
      (row2) => row2.cells.map((parts, i) => {
        const cell2 = parts.map((part) => text2(part, "table")).join(" \xB7 ");
        return i === 0 && row2.tag ? `${cell2} **${row2.tag}**` : cell2;
      })
    )
  ];
  return cappedTable(rows, block.align);
}
var TONE2 = { note: "> **Note:** ", warning: "> **Warning:** ", fine: "" };
function draw2(block) {
  switch (block.kind) {
    case "heading":
      return [`${"#".repeat(block.level)} ${text2(block.text)}`, ""];
    case "paragraph":
      return [`${block.tone ? TONE2[block.tone] : ""}${text2(block.text)}`, ""];
    case "facts":
      return [block.items.map((item) => text2(item)).join(" \xB7 "), ""];
    case "list":
      return [
        ...block.items.flatMap((item) => [
          `- ${text2(item.text)}`,
          ...(item.sub ?? []).map((sub) => `  - ${text2(sub)}`)
        ]),
        ""
      ];
    case "table":
      return [table3(block), ""];
    case "details":
      return [
        `<details><summary>${block.summary.map((part) => span3(part, inHtml)).join("")}</summary>`,
        "",
        ...drawBlocks2(block.blocks),
        "</details>",
        ""
      ];
    case "chart": {
      const chart = block.shape === "bars" ? mermaidChart(block) : "";
      return chart ? [chart, ""] : [];
    }
    case "section":
      return drawBlocks2(block.blocks);
  }
}
var drawBlocks2 = (blocks) => blocks.flatMap(draw2);
var drawMarkdown = (blocks) => drawBlocks2(blocks).join("\n");
function renderMarkdown(results2, options = {}) {
  const choice = { charts: options.charts, full: options.fullMetrics };
  return drawMarkdown(reportSections(reportModel(results2, options.comparison), choice));
}
var commentMarkdown = (results2, comparison) => drawMarkdown(commentSections(reportModel(results2, comparison)));

// src/report/exporters.ts
var EXPORTERS = [
  { file: "report.md", render: ({ blocks }) => drawMarkdown(blocks) },
  { file: "report.html", render: ({ title, blocks }) => drawHtml(title, blocks) },
  { file: "report.csv", render: renderCsv }
];
var exportedFiles = (outDir) => EXPORTERS.map((exporter) => join2(outDir, exporter.file));

// src/report/merged-model.ts
function runnerLabels(runs) {
  const describe3 = [
    // GitHub's names ("Linux", "X64") where the runner gave them, else the OS without its release
    ({ results: { system: s } }) => `${s.runner?.os ?? s.os.split(" ")[0]} ${(s.runner?.arch ?? s.arch).toLowerCase()}`,
    ({ results: { system: s } }) => `${s.cores} cores`,
    ({ results: { system: s } }) => (s.pythons ?? []).map((p) => `${p.label} ${p.version}`).join(", "),
    ({ source }) => source
  ];
  let labels = runs.map(() => "");
  for (const part of describe3) {
    labels = runs.map((run, i) => [labels[i], part(run)].filter(Boolean).join(" \xB7 "));
    if (new Set(labels).size === labels.length) return labels;
  }
  return labels.map((label2, i) => `${label2} #${i + 1}`);
}
function runnerView(run, label2) {
  const { results: results2 } = run;
  const cells2 = results2.cells ?? [];
  const ideals = cells2.map((c) => Math.min(c.workers, c.tasks, results2.system.cores));
  const ceiling = ceilingText(results2.system);
  const processTree = processTreeNote(results2.system);
  return {
    label: label2,
    source: run.source,
    facts: systemFacts(results2).map((fact) => fact.text),
    ...ceiling ? { ceiling: ceiling.text } : {},
    ...processTree ? { processTree } : {},
    ideal: ideals.length ? Math.max(...ideals) : results2.system.cores,
    createdAt: results2.created_at
  };
}
function mergedWorkload(runs, runVerdicts, name) {
  const cellsOf2 = runs.map((run) => (run.results.cells ?? []).filter((cell2) => cell2.workload === name));
  const all = cellsOf2.flat();
  const verdicts2 = runVerdicts.map((list2) => list2.filter((verdict) => verdict.workload === name));
  const verdictLevels = new Set(verdicts2.flat().map((verdict) => verdict.level));
  const levels = uniq(all.map((cell2) => cell2.level)).map((level) => {
    const inLevel = all.filter((cell2) => cell2.level === level);
    return {
      name: level,
      verdict: verdictLevels.has(level),
      rows: uniq(inLevel.map(modelId)).map((id) => {
        const first = inLevel.find((cell2) => modelId(cell2) === id);
        return {
          id,
          name: modelProse(first.runtime, first.strategy),
          cells: cellsOf2.map((cells2) => cells2.find((cell2) => cell2.level === level && modelId(cell2) === id))
        };
      })
    };
  });
  return {
    name,
    verdicts: verdicts2.map((list2, i) => list2.map((verdict) => verdictText(verdict, cellsOf2[i]))),
    levels
  };
}
function mergedModel(runs) {
  const labels = runnerLabels(runs);
  const first = runs[0]?.results;
  const runVerdicts = runs.map(({ results: results2 }) => results2.verdicts ?? []);
  return {
    runners: runs.map((run, i) => runnerView(run, labels[i])),
    workloads: uniq(runs.flatMap((run) => (run.results.cells ?? []).map((cell2) => cell2.workload))).map(
      (name) => mergedWorkload(runs, runVerdicts, name)
    ),
    target: first ? targetPrecision(first) : 0.05,
    tool: { name: first?.tool?.name ?? "concurrency-bench", version: first?.tool?.version ?? "" }
  };
}

// src/report/merged-sections.ts
function runners(model) {
  return {
    kind: "list",
    items: model.runners.map((runner) => ({
      text: [strong(prose`${runner.label}`), ": ", joinProse(runner.facts, " \xB7 "), prose` (from ${runner.source})`],
      sub: [
        ...runner.ceiling ? [[proseOf(runner.ceiling)]] : [],
        ...runner.processTree ? [[runner.processTree]] : []
      ]
    }))
  };
}
function levelTable(model, level) {
  const first = level.rows.flatMap((row2) => row2.cells).find((cell2) => cell2 !== void 0);
  const header = [
    [first ? levelText(first) : prose`${level.name}`],
    ...model.runners.map((runner) => [prose`${runner.label} (ideal ${runner.ideal}×)`])
  ];
  return {
    kind: "table",
    header,
    align: header.map((_, i) => i === 0 ? "l" : "r"),
    rows: level.rows.map((row2) => ({
      cells: [[[row2.name]], ...row2.cells.map((cell2) => cellParts(cell2, model.target, { brief: true }))]
    }))
  };
}
function workloadSection2(model, workload, index) {
  const verdicts2 = workload.verdicts.flatMap(
    (texts, i) => texts.length ? [{ text: [prose`${model.runners[i].label}`, ": ", ...verdictsText(texts), "."] }] : []
  );
  const open = workload.levels.filter((level) => level.verdict);
  const folded2 = workload.levels.filter((level) => !level.verdict);
  return {
    kind: "section",
    id: `w${index}`,
    blocks: [
      { kind: "heading", level: 3, text: [prose`${workload.name}`] },
      ...verdicts2.length ? [{ kind: "list", items: verdicts2 }] : [],
      ...open.map((level) => levelTable(model, level)),
      ...folded2.length ? [
        {
          kind: "details",
          summary: [
            prose`Other levels: ${joinProse(
              folded2.map((level) => prose`${level.name}`),
              ", "
            )}`
          ],
          blocks: folded2.map((level) => levelTable(model, level))
        }
      ] : []
    ]
  };
}
function mergedSections(model) {
  const n = model.runners.length;
  return [
    { kind: "heading", level: 2, text: [`concurrency-bench: ${n} runner${n === 1 ? "" : "s"} side by side`] },
    runners(model),
    {
      kind: "paragraph",
      text: [
        `Each cell: speedup with a pool made per job (serial time \xF7 parallel time on that runner; its ideal in the header) and its [95% interval], in bold when the interval is within \xB1${+(model.target * 100).toFixed(1)}% \xB7 efficiency (speedup \xF7 workers). Each runner's verdict rests on its own intervals: runners differ in cores, CPUs and noise, so compare their verdicts, not single figures.`
      ]
    },
    ...model.workloads.map((workload, i) => workloadSection2(model, workload, i)),
    {
      kind: "paragraph",
      tone: "fine",
      text: [
        prose`${model.tool.name} ${model.tool.version} · ${ours(`merged from ${n} results.json file${n === 1 ? "" : "s"}`)}`
      ]
    }
  ];
}

// src/report/write-reports.ts
function writeFiles(outDir, report) {
  const files = exportedFiles(outDir);
  for (const [i, exporter] of EXPORTERS.entries()) writeFileSync(files[i], exporter.render(report));
  return { reportPath: join3(outDir, "report.md"), files };
}
function writeReports(outDir, results2, comparison) {
  const model = reportModel(results2, comparison);
  const blocks = reportSections(model, { charts: true, full: true });
  const markdown = drawMarkdown(blocks);
  const cells2 = results2.cells.map((cell2) => ({ cell: cell2 }));
  return {
    ...writeFiles(outDir, { title: "concurrency-bench report", blocks, cells: cells2 }),
    markdown,
    terminalMarkdown: drawMarkdown(reportSections(model))
  };
}
function writeMergedReports(outDir, runs) {
  const model = mergedModel(runs);
  const blocks = mergedSections(model);
  const markdown = drawMarkdown(blocks);
  const cells2 = runs.flatMap(
    (run, i) => (run.results.cells ?? []).map((cell2) => ({ runner: model.runners[i].label, cell: cell2 }))
  );
  return {
    ...writeFiles(outDir, { title: "concurrency-bench: runners side by side", blocks, cells: cells2 }),
    markdown,
    runners: model.runners.map((runner) => runner.label)
  };
}

// src/results/refine.ts
function withRefined(cells2, refined) {
  const byCell = new Map(refined.map((cell2) => [cellId(cell2), cell2]));
  return cells2.map((cell2) => byCell.get(cellId(cell2)) ?? cell2);
}

// src/results/store.ts
import { mkdirSync, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
var OutputFolderError = class extends UserError {
};
function makeOutDir(outDir) {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = error.code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way" : `cannot create it (${code})`;
    throw new OutputFolderError(`output folder ${outDir}: ${why}`);
  }
}
function writeFileAtomic(path, text3) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync2(temporary, text3);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
function writeResults(path, results2) {
  writeFileAtomic(path, `${JSON.stringify(results2, null, 2)}
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
    const sha = execFileSync("git", ["rev-parse", "HEAD"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim();
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

// src/runtimes/node.ts
var NODE_RUNTIME = {
  label: "node",
  kind: "node",
  runner: (env) => ({ command: process.execPath, args: [entryFile("runner.js")], env })
};
var node = {
  kind: "node",
  discover: async () => [NODE_RUNTIME]
};

// src/runtimes/python.ts
import { basename } from "node:path";
var PROBE_TIMEOUT_MS = 3e4;
var pythonRunner = (command, env) => ({
  command,
  args: [entryFile("concurrency_bench_harness")],
  env
});
function discoverPythons(config, env) {
  const commands = config.python;
  const names = commands.map((command) => basename(command));
  const label2 = (command, i) => names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : command;
  return Promise.all(commands.map((command, i) => discoverPython(command, label2(command, i), env)));
}
async function discoverPython(command, label2, env) {
  const runner = (runEnv) => pythonRunner(command, runEnv);
  const job = { mode: "about", workload: { name: "" }, arg: null, workers: 1, tasks: 0 };
  const outcome = await runRepetition(runner(env), job, {
    ms: PROBE_TIMEOUT_MS,
    what: "asking the interpreter about itself"
  });
  if (!outcome.ok) {
    const missing = /ENOENT|could not start/.test(outcome.error);
    return {
      label: label2,
      kind: "python",
      runner,
      unavailable: missing ? `${command} not found` : `${command} failed: ${outcome.error}`
    };
  }
  const about = outcome.info;
  return {
    label: label2,
    kind: "python",
    runner,
    info: { label: label2, version: about.version, free_threaded: about.free_threaded },
    lacks: about.interpreter_pool ? {} : { "interpreter-pool": `InterpreterPool needs Python 3.14 or newer; ${label2} is ${about.version}` }
  };
}
var python2 = { kind: "python", discover: discoverPythons };

// src/runtimes/index.ts
var RUNTIMES = { node, python: python2 };
async function discoverRuntimes(config, env) {
  const kinds = new Set(config.strategies.map(runtimeKindOf));
  const found = await Promise.all(
    Object.values(RUNTIMES).filter((d) => kinds.has(d.kind)).map((d) => d.discover(config, env))
  );
  return found.flat();
}

// src/workload-check.ts
var PROBE_TIMEOUT_MS2 = 6e4;
var WorkloadLoadError = class extends UserError {
};
async function checkUserWorkloads(config, runnerFor) {
  for (const workload of config.workloads) {
    if (workload.language === "any") continue;
    const runner = runnerFor(workload.language);
    if (!runner) continue;
    const job = {
      mode: "probe",
      workload: { name: workload.name, module: workload.module, entry: workload.entry },
      arg: null,
      workers: 1,
      tasks: 1
    };
    const outcome = await runRepetition(runner, job, { ms: PROBE_TIMEOUT_MS2, what: "loading the workload" });
    if (!outcome.ok) throw new WorkloadLoadError(`workloads.${workload.name}: ${outcome.error}`);
  }
}

// src/benchmark.ts
var loopNs = (reading) => reading.alone_s / reading.iterations * 1e9;
var REPORT_RESERVE_MS = 3e3;
var CEILING_LOOP_ENV = "CONCURRENCY_BENCH_CEILING_LOOP_S";
function ceilingLoopSeconds(env) {
  const seconds = Number(env[CEILING_LOOP_ENV]);
  return seconds > 0 ? seconds : void 0;
}
async function runnerCeiling(workers2, options, when2) {
  if (options.signal?.aborted) return void 0;
  try {
    const loopSeconds = ceilingLoopSeconds(options.env);
    const reading = await measureCeiling(workers2, { signal: options.signal, ...loopSeconds ? { loopSeconds } : {} });
    options.progress(
      `runner ceiling (${when2}): ${workers2} independent busy processes ran ${reading.ratio.toFixed(2)}\xD7 as fast as one`
    );
    return reading;
  } catch (error) {
    if (!options.signal?.aborted) options.progress(`runner ceiling (${when2}) not measured: ${oneLine(error)}`);
    return void 0;
  }
}
var treeMark = (tree) => tree === "base" ? "base: " : "";
var needsLoopbackServer = (config) => config.network.url === null && config.workloads.some((w) => w.language === "any" && builtinWorkload(w.name)?.needs === "loopback-server");
async function runBenchmark(options) {
  const config = applyOverrides(loadConfig(options.configPath, { cwd: options.cwd }), options.overrides);
  const baseConfig = options.baselineTree === void 0 ? void 0 : applyOverrides(
    loadBaseConfig(options.configPath, options.baselineTree, { cwd: options.cwd }),
    options.overrides
  );
  const baseline = options.compareTo === void 0 ? void 0 : readResults(resolve3(options.cwd, options.compareTo));
  makeOutDir(options.outDir);
  const scratch = mkdtempSync(join4(os2.tmpdir(), "concurrency-bench-"));
  let server;
  try {
    const env = {
      ...options.env,
      [ENV_TMPDIR]: scratch,
      TMPDIR: scratch,
      TEMP: scratch,
      TMP: scratch
    };
    const runtimesFor = async (tree) => {
      const found = await discoverRuntimes(tree, env);
      await checkUserWorkloads(tree, (kind) => found.find((r) => r.kind === kind && !r.unavailable)?.runner(env));
      return found;
    };
    const runtimes = await runtimesFor(config);
    const baseRuntimes = baseConfig ? await runtimesFor(baseConfig) : [];
    if (needsLoopbackServer(config) || baseConfig && needsLoopbackServer(baseConfig))
      server = await startLoopbackServer(config.network.latency_ms);
    env[ENV_URL] = config.network.url ?? server?.url ?? "";
    const cores = os2.availableParallelism();
    const runStart = performance.now();
    const budgetMs = config.max_minutes * 6e4;
    let plan = makePlan(config, runtimes, cores);
    if (baseConfig) plan = withBase(plan, makePlan(baseConfig, baseRuntimes, cores));
    const runnerFor = (cell2) => [...runtimes, ...baseRuntimes].find((r) => r.label === cell2.runtime).runner(env);
    const counts = workerCounts(config, cores);
    const workers2 = primaryWorkers(counts, cores);
    const sweep = counts.length > 1 ? `a sweep of ${counts.join(", ")} workers` : `${workers2} workers`;
    const resultsPath = join4(options.outDir, "results.json");
    const results2 = {
      schema_version: SCHEMA_VERSION,
      tool: { name: "concurrency-bench", version: VERSION },
      created_at: (/* @__PURE__ */ new Date()).toISOString(),
      system: systemInfo(
        options.env,
        runtimes.flatMap((r) => r.info ? [r.info] : [])
      ),
      config: {
        ...config,
        workers: counts.length > 1 ? counts : workers2,
        tasks: counts.length > 1 ? config.tasks : plan.cells[0]?.tasks ?? config.tasks
      },
      cells: [],
      ...options.baselineTree === void 0 ? {} : {
        base: {
          label: options.baselineTreeLabel ?? options.baselineTree,
          cells: [],
          same_code: sameCodeWorkloads(plan)
        }
      }
    };
    writeResults(resultsPath, results2);
    const measured = plan.cells.filter((cell2) => !cell2.skip).length;
    const paired = plan.rounds.pairedMin !== void 0 && plan.rounds.pairedMin !== plan.rounds.min ? ` (${plan.rounds.pairedMin}+ where both trees run: more where the comparison is undecided)` : "";
    const rounds = plan.rounds.min === plan.rounds.max ? `${plan.rounds.min} rounds` : `${plan.rounds.min}+ rounds${paired} (more where a verdict is open, then to \xB1${+(plan.precision * 100).toFixed(1)}%)`;
    const trees = baseConfig ? `, this tree's and ${options.baselineTreeLabel ?? options.baselineTree}'s in the same rounds` : "";
    options.progress(
      `concurrency-bench: ${plan.cells.length} cells (${measured} to measure)${trees}, ${rounds}, ${sweep}, budget ${config.max_minutes} min, results in ${resultsPath}`
    );
    const ticksBefore = readCpuTicks();
    const ceilingBegan = performance.now();
    const ceilingStart = await runnerCeiling(workers2, options, "start");
    if (ceilingStart !== void 0)
      results2.system.ceiling = { workers: workers2, start: ceilingStart.ratio, loop_ns: [loopNs(ceilingStart)] };
    const endReserveMs = performance.now() - ceilingBegan + REPORT_RESERVE_MS;
    const deadline = runStart + budgetMs - endReserveMs;
    const fitted = fitToBudget(plan, {
      availableS: (deadline - performance.now()) / 1e3,
      calibrationS: (targets) => calibrationCostEstimate(targets) + serialCheckCostEstimate(targets, plan.cells[0]?.tasks ?? 1)
    });
    const unfit = fitted.cells.filter((cell2, i) => cell2.skip && !plan.cells[i].skip);
    if (unfit.length > 0) options.progress(budgetLine(unfit, plan.cells.length));
    plan = fitted;
    const needs = calibrationNeeds(plan);
    if (needs.length > 0) options.progress(`calibrating ${needs.length} runtime \xD7 workload pairs for duration levels`);
    const calibrated2 = await calibrateAll(
      needs,
      runnerFor,
      plan.timeoutMs,
      (need, outcome) => options.progress(calibrationLine(need, outcome)),
      options.signal
    );
    const pins = boundedPins(baseline ? pinnedToBaseline(needs, baseline.cells) : /* @__PURE__ */ new Map(), calibrated2, needs);
    for (const line of pins.ignored) options.progress(`duration levels: ${line}`);
    if (pins.taken > 0)
      options.progress(
        `duration levels: ${pins.taken} runtime \xD7 workload pairs take the baseline's arguments, so that both runs do the same work`
      );
    plan = applyCalibration(plan, pins.outcomes);
    const clock = { now: () => performance.now(), deadline };
    const regression = { minEffect: config.regression.min_effect, alpha: config.regression.alpha };
    const seed = newSeed();
    results2.schedule = { seed, rounds: [] };
    const refresh = () => {
      const main = { cells: primaryCells(results2.cells, cores) };
      results2.verdicts = verdicts(main, config.precision);
      results2.break_even = breakEvens(main);
      writeResults(resultsPath, results2);
    };
    await runPlan({
      plan,
      execute: runnerExecutor(runnerFor),
      assemble: assembleSide,
      events: {
        cellFinished(cell2, index, total, tree) {
          if (tree === "base") results2.base.cells.push(cell2);
          else results2.cells.push(cell2);
          refresh();
          options.progress(`${treeMark(tree)}${progressLine(cell2, index, total, counts.length > 1)}`);
        },
        cellsRefined(cells2, round, why, tree) {
          if (tree === "base") results2.base.cells = withRefined(results2.base.cells, cells2);
          else results2.cells = withRefined(results2.cells, cells2);
          refresh();
          options.progress(`${treeMark(tree)}${refinedLine(cells2, round, plan.precision, counts.length > 1, why)}`);
        },
        roundRan(round) {
          results2.schedule.rounds.push(round);
        },
        passFinished(pass, of, paired2) {
          const now = performance.now();
          const left = options.withEta ? (deadline + endReserveMs - now) / 1e3 : void 0;
          options.progress(passLine(pass, of, (now - runStart) / 1e3, left, paired2));
        }
      },
      signal: options.signal,
      clock,
      random: seededRandom(seed),
      contested: (cells2) => contestedCells(cells2, cores, config.precision),
      undecided: (head, base) => undecidedCells(head, base, cores, regression)
    });
    const ceilingEnd = ceilingStart === void 0 ? void 0 : await runnerCeiling(workers2, options, "end");
    if (results2.system.ceiling)
      results2.system.ceiling = ceilingSummary(
        results2.system.ceiling,
        ceilingEnd && { ratio: ceilingEnd.ratio, loop_ns: loopNs(ceilingEnd) },
        stealShare(ticksBefore, readCpuTicks())
      );
    refresh();
    const compared = results2.base ? compareTrees2(results2, regression) : baseline ? compareWithBaseline(results2, baseline, options.compareLabel ?? options.compareTo, regression) : {};
    return { results: results2, resultsPath, ...compared, ...writeReports(options.outDir, results2, compared.comparison) };
  } finally {
    await server?.close();
    rmSync2(scratch, { recursive: true, force: true });
  }
}

// src/cancel-on-signals.ts
function cancelOnSignals(say) {
  const controller = new AbortController();
  let exitCode = 0;
  for (const [name, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143]
  ]) {
    process.on(name, () => {
      if (controller.signal.aborted) process.exit(code);
      exitCode = code;
      say(`${name}: stopping; the cells that finished stay in results.json`);
      controller.abort();
    });
  }
  return { signal: controller.signal, exitCode: () => exitCode };
}

// src/compare/gate.ts
var cells = (n) => `${n} cell${n === 1 ? "" : "s"}`;
function gateFailure(gates, comparison, comparisonProblem) {
  if (!gates.wallTime && !gates.memory) return void 0;
  if (comparisonProblem !== void 0 || comparison === void 0)
    return `cannot compare, so no gate could pass: ${comparisonProblem ?? "no baseline"}`;
  const failed = [
    gates.wallTime && comparison.regressions > 0 ? `${cells(comparison.regressions)} got slower` : "",
    gates.memory && comparison.memoryRegressions > 0 ? `${cells(comparison.memoryRegressions)} took more memory` : ""
  ].filter(Boolean);
  const than = comparison.kind === "same-run" ? `the base tree ${comparison.baselineLabel}` : comparison.baselineLabel;
  return failed.length ? `${failed.join(", and ")} than ${than}, beyond noise` : void 0;
}

// src/merge.ts
import { resolve as resolve4 } from "node:path";
var readRunners = (sources) => sources.map(({ path, source }) => ({ source, results: readResults(path) }));
function mergeRuns(runs, outDir) {
  makeOutDir(outDir);
  return writeMergedReports(resolve4(outDir), runs);
}

export {
  EXIT,
  EXIT_CODES_TEXT,
  UserError,
  OVERRIDE_FLAGS,
  readResults,
  renderMarkdown,
  commentMarkdown,
  VERSION,
  runBenchmark,
  cancelOnSignals,
  gateFailure,
  readRunners,
  mergeRuns
};
