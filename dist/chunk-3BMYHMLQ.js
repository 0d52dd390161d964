import { createRequire as __cbCreateRequire } from 'node:module';
import { fileURLToPath as __cbFileURLToPath } from 'node:url';
import { dirname as __cbPathDirname } from 'node:path';
const require = __cbCreateRequire(import.meta.url);
const __cbFilename = __cbFileURLToPath(import.meta.url);
const __cbDirname = __cbPathDirname(__cbFilename);
import {
  ENV_TMPDIR,
  ENV_URL,
  MESSAGE_FD,
  MODULE_EXTENSIONS,
  MODULE_PATTERN,
  ProcessTreeWatcher,
  RUNTIME_KINDS,
  STRATEGIES,
  STRATEGY_IDS,
  describe,
  entryFile,
  formatSeconds,
  hasProcFs,
  isStrategyId,
  median,
  runtimeKindOf,
  runtimeKindOfModule
} from "./chunk-BZYLUDV6.js";
import {
  oneLine
} from "./chunk-EZLQHMBT.js";
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

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a;
        return (_a = this._str) !== null && _a !== void 0 ? _a : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a;
        return (_a = this._names) !== null && _a !== void 0 ? _a : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
      }
      return new _Code(code);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code, arg) {
      if (arg instanceof _Code)
        code.push(...arg._items);
      else if (arg instanceof Name)
        code.push(arg);
      else
        code.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code = (0, code_1._)`${code}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code = (0, code_1._)`${code}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label2) {
        super();
        this.label = label2;
        this.names = {};
      }
      render({ _n }) {
        const label2 = this.label ? ` ${this.label}` : "";
        return `break${label2};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code) {
        super();
        this.code = code;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code += "else " + this.else.render(opts);
        return code;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
          code += this.catch.render(opts);
        if (this.finally)
          code += this.finally.render(opts);
        return code;
      }
      optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
          if (code.length > 1)
            code.push(",");
          code.push(key);
          if (key !== value || this.opts.es5) {
            code.push(":");
            (0, code_1.addCodeArg)(code, value);
          }
        }
        code.push("}");
        return new code_1._Code(code);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node2, forBody) {
        this._blockNode(node2);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label2) {
        return this._leafNode(new Label(label2));
      }
      // `break` statement
      break(label2) {
        return this._leafNode(new Break(label2));
      }
      // `return` statement
      return(value) {
        const node2 = new Return();
        this._blockNode(node2);
        this.code(value);
        if (node2.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node2 = new Try();
        this._blockNode(node2);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node2.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node2.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node2) {
        this._currNode.nodes.push(node2);
        return this;
      }
      _blockNode(node2) {
        this._currNode.nodes.push(node2);
        this._nodes.push(node2);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node2) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node2;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node2) {
        const ns = this._nodes;
        ns[ns.length - 1] = node2;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f2) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f2(x);
      } else {
        f2(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f2) {
      return gen.scopeValue("func", {
        ref: f2,
        code: snippets[f2.code] || (snippets[f2.code] = new code_1._Code(f2.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a;
      return schema[rule.keyword] !== void 0 || ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types = getJSONTypes(schema.type);
      const hasNull = types.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types.push("null");
      }
      return types;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types.every(rules_1.isJSONType))
        return types;
      throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types, opts.coerceTypes);
      const checkTypes = types.length > 0 && !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types, coerceTypes) {
      return coerceTypes ? types.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types = (0, util_1.toHash)(dataTypes);
      if (types.array && types.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types.number)
        delete types.integer;
      for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate2 = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate2);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a2;
        gen.if((0, codegen_1.not)((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count += countKeys(sch));
        }
        if (count === Infinity)
          return Infinity;
      }
      return count;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
      schemaKeywords(it, types, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types.length === 1 && types[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types) {
      if (!types.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
      }
      types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate2 = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate2 });
        validate2.errors = null;
        validate2.schema = sch.schema;
        validate2.schemaEnv = sch;
        if (sch.$async)
          validate2.$async = true;
        if (this.opts.code.source === true) {
          validate2.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate2.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate2.source)
            validate2.source.evaluated = (0, codegen_1.stringify)(validate2.evaluated);
        }
        sch.validate = validate2;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve4.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve4(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a;
      if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (code === 48) {
          continue;
        }
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code = input[i].charCodeAt(0);
        if (!(code >= 48 && code <= 57 || code >= 65 && code <= 70 || code >= 97 && code <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path) {
      let input = path;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path) {
      if (path === "" || path[0] === "/") {
        return removeDotSegments(path);
      }
      const segments = path.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code = input.charCodeAt(i);
          if (code < 128) {
            output += isEscapeSafe(code) ? ch : BYTE_HEX[code];
          } else if (code < 55296 || code > 57343) {
            output += percentEncodeNonAscii(code);
          } else if (code <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path && path !== "/" ? path : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse2(serialize2(uri, options), options);
      }
      return uri;
    }
    function resolve4(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize2(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse2(serialize2(base, options), options);
        relative = parse2(serialize2(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize2(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent3 = component.indexOf("%");
      while (percent3 !== -1) {
        if (percent3 + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent3 + 1, percent3 + 3))) {
          return true;
        }
        percent3 = component.indexOf("%", percent3 + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse2(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize2(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize2(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve: resolve4,
      resolveComponent,
      equal,
      serialize: serialize2,
      parse: parse2
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions) {
        for (const def of definitions)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format2) {
        if (typeof format2 == "string")
          format2 = new RegExp(format2);
        this.formats[name] = format2;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text, msg) => text + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format2 = this.opts.formats[name];
        if (format2)
          this.addFormat(name, format2);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count) {
          gen.code((0, codegen_1._)`${count}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format2 = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format2, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format2, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format2}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format2}(${data}) : ${format2}(${data}))` : (0, codegen_1._)`${format2}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format2} == "function" ? ${callFormat} : ${format2}.test(${data}))`;
            return (0, codegen_1._)`${format2} && ${format2} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format2, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format2 == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format2 = [format_1.default];
    exports.default = format2;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
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
    var interval2 = null;
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
        if (interval2 === null) {
          interval2 = setInterval(runInvalidator, (maxage || DEFAULT_MAXAGE) / 2);
          if (typeof interval2.unref === "function") {
            interval2.unref();
          }
        }
        return;
      }
      if (interval2 !== null) {
        clearInterval(interval2);
        interval2 = null;
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
      if (interval2 !== null) {
        clearInterval(interval2);
        interval2 = null;
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
      return new Promise(function(resolve4, reject) {
        stats(pids, options, function(err, data) {
          if (err) return reject(err);
          resolve4(data);
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
  $schema: "./config.schema.json",
  workloads: {
    cpu: { short: "10ms", medium: "100ms", long: "500ms" },
    memory: { short: "10ms", medium: "100ms", long: "500ms" },
    io: { short: "10ms", medium: "30ms", long: "100ms" },
    network: { short: "10ms", medium: "100ms", long: "500ms" }
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
    max_minutes: 9,
    precision: 0.05,
    strategies: [...STRATEGY_IDS],
    python: ["python3"],
    timeout_s: 600,
    network: { url: null, latency_ms: 50 }
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
  title: "concurrency-bench configuration",
  description: `Either the study's plain shape ({ "cpu": { "low": 5000000 }, \u2026 }: built-in workload \u2192 level name \u2192 argument) or the full shape (workers, tasks, repetitions, max_minutes, precision, strategies, python, timeout_s, network, workloads). A file is read as the full shape as soon as one of its top-level keys is a full-shape key.`,
  anyOf: [
    {
      $ref: "#/definitions/full"
    },
    {
      $ref: "#/definitions/study"
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
        workloads: {
          $ref: "#/definitions/workloads"
        }
      },
      additionalProperties: false
    },
    study: {
      type: "object",
      description: "The study's plain shape: built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.",
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
      description: `Size of each pool. "auto" (default) = the machine's available parallelism. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`,
      default: "auto",
      anyOf: [
        {
          const: "auto"
        },
        {
          type: "integer",
          minimum: 1,
          maximum: 256
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
      description: `Time budget of the whole run, in minutes: calibration, rounds and the runner's ceiling. Extra rounds (repetitions "auto") are added only while they fit; groups of cells that cannot start in time are skipped and named in the report. Default 9 (the default matrix takes about 8 on 2 cores).`,
      default: 9,
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
      description: "Seconds one task may run, from when a worker takes it, before its pool is torn down and the cell marked failed (a task that blocks the runner itself is stopped when the repetition reaches timeout_s \xD7 (tasks + 1)). Default 600. More than 0, at most 86400 (one day).",
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
      description: `Workload name \u2192 levels. cpu, memory, io and network are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`,
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
        }
      },
      additionalProperties: {
        $ref: "#/definitions/user_workload"
      }
    },
    levels_cpu: {
      description: 'Level name \u2192 n: sum of i*i for i in 0..n. Positive integer, at most 1e10 (minutes per task on a fast core). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
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
    levels_memory: {
      description: 'Level name \u2192 n: build an array of 0..n and sum it. Positive integer, at most 1e10. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
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
      description: 'Level name \u2192 MiB written to a temp file, read back and deleted. Positive integer, at most 100000 (about 98 GiB). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
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
      description: 'Level name \u2192 number of sequential HTTP GETs. Positive integer, at most 100000. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.',
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
    }
  }
};

// src/config/schema.ts
var configSchema = config_schema_default;
var FULL_SHAPE_KEYS = Object.keys(config_schema_default.definitions.full.properties);

// src/config/types.ts
var BUILTIN_WORKLOADS = ["cpu", "memory", "io", "network"];
var isDurationLevel = (level) => "target_s" in level;

// src/config/errors.ts
var BUILTINS = BUILTIN_WORKLOADS;
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
      return at(`must be ${describe2(parent, e.keyword)}, ${got}`);
    case "anyOf": {
      const branches = parent.anyOf ?? [];
      const numeric = typeof e.data === "number" && !branches.some((b) => "const" in b) ? parent.anyOf?.find((b) => b.type === "integer" || b.type === "number") : void 0;
      if (numeric) return at(`must be ${describe2(numeric, typeof numeric.maximum === "number" && e.data > numeric.maximum ? "maximum" : void 0)}, ${got}`);
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
  if (isPlainObject(extra) && Array.isArray(extra.anyOf)) return 'an object of level name \u2192 positive integer or duration ("100ms")';
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
  const build = (node2) => {
    if (node2.type === "array") return (node2.children ?? []).map(build);
    if (node2.type !== "object") return node2.value;
    const obj = {};
    const keys = [];
    for (const property of node2.children ?? []) {
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
import { resolve } from "node:path";

// src/config/duration.ts
var UNIT_SECONDS = { us: 1e-6, ms: 1e-3, s: 1 };
var DURATION = /^([0-9]+(?:\.[0-9]+)?)(us|ms|s)$/;
function parseDuration(text) {
  if (typeof text !== "string") return void 0;
  const match = DURATION.exec(text);
  if (!match) return void 0;
  const seconds = Number(match[1]) * UNIT_SECONDS[match[2]];
  return seconds > 0 ? seconds : void 0;
}

// src/config/shapes.ts
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
  const python3 = full2.python === void 0 ? defaults.python : typeof full2.python === "string" ? [full2.python] : [...full2.python];
  const workloads = full2.workloads === void 0 ? toWorkloads(DEFAULT_WORKLOADS, { ...opts, keyOrder: Object.keys }) : toWorkloads(full2.workloads, opts);
  return {
    workers: full2.workers ?? defaults.workers,
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
  full: () => full,
  max_minutes: () => max_minutes,
  precision: () => precision,
  python: () => python,
  repetitions: () => repetitions,
  study: () => study,
  tasks: () => tasks,
  workers: () => workers
});
var import_equal = __toESM(require_equal(), 1);
var import_ucs2length = __toESM(require_ucs2length(), 1);
var full = validate35;
var schema12 = { "type": "object", "description": "The full shape. Every field is optional; omitted fields take the defaults shown on each field. Any other key is an error.", "properties": { "$schema": { "type": "string", "description": "Path or URL of this schema, so editors can complete and check the file. Ignored by the tool." }, "workers": { "$ref": "#/definitions/workers" }, "tasks": { "$ref": "#/definitions/tasks" }, "repetitions": { "$ref": "#/definitions/repetitions" }, "max_minutes": { "$ref": "#/definitions/max_minutes" }, "precision": { "$ref": "#/definitions/precision" }, "strategies": { "$ref": "#/definitions/strategies" }, "python": { "$ref": "#/definitions/python" }, "timeout_s": { "$ref": "#/definitions/timeout_s" }, "network": { "$ref": "#/definitions/network" }, "workloads": { "$ref": "#/definitions/workloads" } }, "additionalProperties": false };
var schema13 = { "description": `Size of each pool. "auto" (default) = the machine's available parallelism. Capped at 256: more workers than that measures the scheduler, not the models, and can exhaust a CI runner.`, "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 256 }] };
var schema14 = { "description": 'Tasks submitted per run. "auto" (default) = workers. Capped at 10000 so a mistyped value cannot queue a day of work.', "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 1e4 }] };
var schema15 = { "description": `Rounds per cell; each round runs the serial baseline, then every strategy once, and each speedup is taken against its own round's serial run. "auto" (default): at least 3 rounds, and more (up to 30) while a cell's speedup interval is wider than precision, within max_minutes. A number: exactly that many rounds. At most 100.`, "default": "auto", "anyOf": [{ "const": "auto" }, { "type": "integer", "minimum": 1, "maximum": 100 }] };
var schema16 = { "description": `Time budget of the whole run, in minutes: calibration, rounds and the runner's ceiling. Extra rounds (repetitions "auto") are added only while they fit; groups of cells that cannot start in time are skipped and named in the report. Default 9 (the default matrix takes about 8 on 2 cores).`, "default": 9, "type": "number", "exclusiveMinimum": 0, "maximum": 1440 };
var schema17 = { "description": `Target half-width of each cell's speedup interval, relative to its median: 0.05 (default) = \xB15%. With repetitions "auto", rounds are added to a cell while its interval is wider, within max_minutes.`, "default": 0.05, "type": "number", "minimum": 5e-3, "maximum": 0.5 };
var schema18 = { "description": "Concurrency models to measure, each at most once. Default: all 6.", "default": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"], "type": "array", "minItems": 1, "uniqueItems": true, "items": { "enum": ["event-loop", "worker-threads", "child-processes", "thread-pool", "process-pool", "interpreter-pool"] } };
var schema19 = { "description": 'Python interpreters to run the Python strategies with (command names or paths, e.g. "python3.14", "python3.14t"). A single string is one interpreter; each may appear once. Default ["python3"].', "default": ["python3"], "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "string", "minLength": 1 } }] };
var schema20 = { "description": "Seconds one task may run, from when a worker takes it, before its pool is torn down and the cell marked failed (a task that blocks the runner itself is stopped when the repetition reaches timeout_s \xD7 (tasks + 1)). Default 600. More than 0, at most 86400 (one day).", "default": 600, "type": "number", "exclusiveMinimum": 0, "maximum": 86400 };
var schema21 = { "description": "Target of the built-in network workload. By default the tool serves a ~1.2 KiB page on 127.0.0.1 after latency_ms; url sends the requests elsewhere.", "type": "object", "properties": { "url": { "description": "http:// or https:// URL to GET instead of the local server; null (default) = the local server.", "default": null, "anyOf": [{ "type": "null" }, { "type": "string", "format": "uri", "pattern": "^https?://" }] }, "latency_ms": { "description": "Delay of the local server before it answers, in milliseconds. Default 50 (a WAN round trip). 0 to 60000.", "default": 50, "type": "number", "minimum": 0, "maximum": 6e4 } }, "additionalProperties": false };
var func2 = Object.prototype.hasOwnProperty;
var func0 = import_equal.default.default;
var func4 = import_ucs2length.default.default;
var formats0 = { uri: { type: "string", validate: (s) => URL.canParse(s) } }.uri;
var pattern0 = new RegExp("^https?://", "u");
var schema22 = { "description": `Workload name \u2192 levels. cpu, memory, io and network are built in and take { level name \u2192 argument }; any other name is your own function: { "module": "bench/parse.mjs", "export": "parse", "levels": { \u2026 } } or { "module": "bench/images.py", "function": "resize", "levels": { \u2026 } }. Default: the study's cpu, memory, io and network levels.`, "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" } }, "additionalProperties": { "$ref": "#/definitions/user_workload" } };
var schema23 = { "description": "Your own workload. module is relative to this config file. JS/TS modules (.js, .mjs, .cjs, .ts, .mts) name the function with export; Python modules (.py) with function.", "type": "object", "required": ["module"], "properties": { "module": { "description": "Path of the module, relative to this config file.", "type": "string", "pattern": "\\.(js|mjs|cjs|ts|mts|py)$" } }, "if": { "required": ["module"], "properties": { "module": { "type": "string", "pattern": "\\.py$" } } }, "then": { "$ref": "#/definitions/python_workload" }, "else": { "$ref": "#/definitions/node_workload" } };
var pattern1 = new RegExp("\\.py$", "u");
var pattern2 = new RegExp("\\.(js|mjs|cjs|ts|mts|py)$", "u");
var schema24 = { "type": "object", "required": ["module", "function", "levels"], "properties": { "module": { "description": "Path of the .py module, relative to this config file.", "type": "string" }, "function": { "description": "Name of the module-level function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
var schema25 = { "description": 'Level name \u2192 the argument passed to your function (any JSON value except null). A duration such as "100ms" or "1s" instead means: call it with a number, calibrated so that one task takes that long serially (your function must take a number that scales its work).', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "type": ["string", "number", "boolean", "object", "array"] } };
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
    if (data.function === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "function" }, message: "must have required property 'function'", schema: schema24.required, parentSchema: schema24, data };
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
      if (!(key0 === "module" || key0 === "function" || key0 === "levels")) {
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
    if (data.function !== void 0) {
      let data1 = data.function;
      if (typeof data1 === "string") {
        if (func4(data1) < 1) {
          const err5 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema24.properties.function, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/function", schemaPath: "#/properties/function/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema24.properties.function.type, parentSchema: schema24.properties.function, data: data1 };
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
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25, data: data2 };
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
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.propertyNames, data: key1, propertyName: key1 };
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
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema25.propertyNames, parentSchema: schema25, data: data2 };
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
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema25.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema25.additionalProperties.type, parentSchema: schema25.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data2 };
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
  validate14.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "object", "required": ["module", "export", "levels"], "properties": { "module": { "description": "Path of the .js/.mjs/.cjs/.ts/.mts module, relative to this config file.", "type": "string" }, "export": { "description": "Name of the exported function to call with the level's value.", "type": "string", "minLength": 1 }, "levels": { "$ref": "#/definitions/user_levels" } }, "additionalProperties": false };
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.export === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "export" }, message: "must have required property 'export'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.levels === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "levels" }, message: "must have required property 'levels'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "module" || key0 === "export" || key0 === "levels")) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
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
        const err4 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.module.type, parentSchema: schema26.properties.module, data: data0 };
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
          const err5 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema26.properties.export, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/export", schemaPath: "#/properties/export/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.properties.export.type, parentSchema: schema26.properties.export, data: data1 };
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
          const err7 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema25, data: data2 };
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
              const err8 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema25.propertyNames, data: key1, propertyName: key1 };
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
            const err9 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema25.propertyNames, parentSchema: schema25, data: data2 };
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
            const err10 = { instancePath: instancePath + "/levels/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/user_levels/additionalProperties/type", keyword: "type", params: { type: schema25.additionalProperties.type }, message: "must be string,number,boolean,object,array", schema: schema25.additionalProperties.type, parentSchema: schema25.additionalProperties, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/levels", schemaPath: "#/definitions/user_levels/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
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
    const err3 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: 'must match "' + ifClause0 + '" schema', schema: schema23.if, parentSchema: schema23, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.module === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "module" }, message: "must have required property 'module'", schema: schema23.required, parentSchema: schema23, data };
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
          const err5 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/pattern", keyword: "pattern", params: { pattern: "\\.(js|mjs|cjs|ts|mts|py)$" }, message: 'must match pattern "\\.(js|mjs|cjs|ts|mts|py)$"', schema: "\\.(js|mjs|cjs|ts|mts|py)$", parentSchema: schema23.properties.module, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/module", schemaPath: "#/properties/module/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.properties.module.type, parentSchema: schema23.properties.module, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema23.type, parentSchema: schema23, data };
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
var schema28 = { "description": 'Level name \u2192 n: sum of i*i for i in 0..n. Positive integer, at most 1e10 (minutes per task on a fast core). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e10 }, { "$ref": "#/definitions/duration" }] } };
var schema29 = { "description": 'A task length instead of an argument: "10ms", "1.5s", "500us". The tool calibrates the argument so that one task, run serially, takes that long in each runtime.', "type": "string", "pattern": "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" };
var pattern3 = new RegExp("^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", "u");
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema28, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema28.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema28.propertyNames, parentSchema: schema28, data };
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
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema28.additionalProperties.anyOf[0].type, parentSchema: schema28.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e10 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema28.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema28.additionalProperties.anyOf[0], data: data0 };
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
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema29, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data0 };
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
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema28.additionalProperties.anyOf, parentSchema: schema28.additionalProperties, data: data0 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema28.type, parentSchema: schema28, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
var schema30 = { "description": 'Level name \u2192 n: build an array of 0..n and sum it. Positive integer, at most 1e10. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e10 }, { "$ref": "#/definitions/duration" }] } };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func4(key0) < 1) {
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema30.propertyNames, parentSchema: schema30, data };
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
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema30.additionalProperties.anyOf[0].type, parentSchema: schema30.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e10 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e10 }, message: "must be <= 10000000000", schema: 1e10, parentSchema: schema30.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema30.additionalProperties.anyOf[0], data: data0 };
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
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema29, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data0 };
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
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.additionalProperties.anyOf, parentSchema: schema30.additionalProperties, data: data0 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema30.type, parentSchema: schema30, data };
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
var schema32 = { "description": 'Level name \u2192 MiB written to a temp file, read back and deleted. Positive integer, at most 100000 (about 98 GiB). Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e5 }, { "$ref": "#/definitions/duration" }] } };
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema32, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema32.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema32.propertyNames, parentSchema: schema32, data };
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
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema32.additionalProperties.anyOf[0].type, parentSchema: schema32.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e5 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema32.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema32.additionalProperties.anyOf[0], data: data0 };
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
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema29, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data0 };
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
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema32.additionalProperties.anyOf, parentSchema: schema32.additionalProperties, data: data0 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema32.type, parentSchema: schema32, data };
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
var schema34 = { "description": 'Level name \u2192 number of sequential HTTP GETs. Positive integer, at most 100000. Or a duration ("100ms", "1s"): the serial time one task should take, calibrated per runtime.', "type": "object", "minProperties": 1, "propertyNames": { "minLength": 1 }, "additionalProperties": { "anyOf": [{ "type": "integer", "minimum": 1, "maximum": 1e5 }, { "$ref": "#/definitions/duration" }] } };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema34, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema34.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema34.propertyNames, parentSchema: schema34, data };
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
        const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema34.additionalProperties.anyOf[0].type, parentSchema: schema34.additionalProperties.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 > 1e5 || isNaN(data0)) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1e5 }, message: "must be <= 100000", schema: 1e5, parentSchema: schema34.additionalProperties.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
        if (data0 < 1 || isNaN(data0)) {
          const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema34.additionalProperties.anyOf[0], data: data0 };
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
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/pattern", keyword: "pattern", params: { pattern: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$" }, message: 'must match pattern "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$"', schema: "^(?=.*[1-9])[0-9]+(\\.[0-9]+)?(us|ms|s)$", parentSchema: schema29, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        } else {
          const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.type, parentSchema: schema29, data: data0 };
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
        const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema34.additionalProperties.anyOf, parentSchema: schema34.additionalProperties, data: data0 };
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
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
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
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema22, data };
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
          const err1 = { instancePath, schemaPath: "#/propertyNames/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema22.propertyNames, data: key0, propertyName: key0 };
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
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema22.propertyNames, parentSchema: schema22, data };
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
      if (!validate19(data.cpu, { instancePath: instancePath + "/cpu", parentData: data, parentDataProperty: "cpu", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.memory !== void 0) {
      if (!validate21(data.memory, { instancePath: instancePath + "/memory", parentData: data, parentDataProperty: "memory", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.io !== void 0) {
      if (!validate23(data.io, { instancePath: instancePath + "/io", parentData: data, parentDataProperty: "io", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.network !== void 0) {
      if (!validate25(data.network, { instancePath: instancePath + "/network", parentData: data, parentDataProperty: "network", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate12.errors = vErrors;
  return errors === 0;
}
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
      const _errs18 = errors;
      let valid6 = false;
      const _errs19 = errors;
      if ("auto" !== data3) {
        const err12 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/0/const", keyword: "const", params: { allowedValue: "auto" }, message: "must be equal to constant", schema: "auto", parentSchema: schema15.anyOf[0], data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid2 = _errs19 === errors;
      valid6 = valid6 || _valid2;
      if (!valid6) {
        const _errs20 = errors;
        if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
          const err13 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema15.anyOf[1].type, parentSchema: schema15.anyOf[1], data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        if (typeof data3 == "number" && isFinite(data3)) {
          if (data3 > 100 || isNaN(data3)) {
            const err14 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema15.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data3 < 1 || isNaN(data3)) {
            const err15 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf/1/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema15.anyOf[1], data: data3 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        var _valid2 = _errs20 === errors;
        valid6 = valid6 || _valid2;
      }
      if (!valid6) {
        const err16 = { instancePath: instancePath + "/repetitions", schemaPath: "#/definitions/repetitions/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema15.anyOf, parentSchema: schema15, data: data3 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      } else {
        errors = _errs18;
        if (vErrors !== null) {
          if (_errs18) {
            vErrors.length = _errs18;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.max_minutes !== void 0) {
      let data4 = data.max_minutes;
      if (typeof data4 == "number" && isFinite(data4)) {
        if (data4 > 1440 || isNaN(data4)) {
          const err17 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1440 }, message: "must be <= 1440", schema: 1440, parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        if (data4 <= 0 || isNaN(data4)) {
          const err18 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema16, data: data4 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
      } else {
        const err19 = { instancePath: instancePath + "/max_minutes", schemaPath: "#/definitions/max_minutes/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema16.type, parentSchema: schema16, data: data4 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.precision !== void 0) {
      let data5 = data.precision;
      if (typeof data5 == "number" && isFinite(data5)) {
        if (data5 > 0.5 || isNaN(data5)) {
          const err20 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/maximum", keyword: "maximum", params: { comparison: "<=", limit: 0.5 }, message: "must be <= 0.5", schema: 0.5, parentSchema: schema17, data: data5 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data5 < 5e-3 || isNaN(data5)) {
          const err21 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/minimum", keyword: "minimum", params: { comparison: ">=", limit: 5e-3 }, message: "must be >= 0.005", schema: 5e-3, parentSchema: schema17, data: data5 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = { instancePath: instancePath + "/precision", schemaPath: "#/definitions/precision/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema17.type, parentSchema: schema17, data: data5 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.strategies !== void 0) {
      let data6 = data.strategies;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err23 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema18, data: data6 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(data7 === "event-loop" || data7 === "worker-threads" || data7 === "child-processes" || data7 === "thread-pool" || data7 === "process-pool" || data7 === "interpreter-pool")) {
            const err24 = { instancePath: instancePath + "/strategies/" + i0, schemaPath: "#/definitions/strategies/items/enum", keyword: "enum", params: { allowedValues: schema18.items.enum }, message: "must be equal to one of the allowed values", schema: schema18.items.enum, parentSchema: schema18.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
        let i1 = data6.length;
        let j0;
        if (i1 > 1) {
          outer0: for (; i1--; ) {
            for (j0 = i1; j0--; ) {
              if (func0(data6[i1], data6[j0])) {
                const err25 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema18, data: data6 };
                if (vErrors === null) {
                  vErrors = [err25];
                } else {
                  vErrors.push(err25);
                }
                errors++;
                break outer0;
              }
            }
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/strategies", schemaPath: "#/definitions/strategies/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema18.type, parentSchema: schema18, data: data6 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.python !== void 0) {
      let data8 = data.python;
      const _errs34 = errors;
      let valid14 = false;
      const _errs35 = errors;
      if (typeof data8 === "string") {
        if (func4(data8) < 1) {
          const err27 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[0], data: data8 };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[0].type, parentSchema: schema19.anyOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
      var _valid3 = _errs35 === errors;
      valid14 = valid14 || _valid3;
      if (!valid14) {
        const _errs37 = errors;
        if (Array.isArray(data8)) {
          if (data8.length < 1) {
            const err29 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema19.anyOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          const len1 = data8.length;
          for (let i2 = 0; i2 < len1; i2++) {
            let data9 = data8[i2];
            if (typeof data9 === "string") {
              if (func4(data9) < 1) {
                const err30 = { instancePath: instancePath + "/python/" + i2, schemaPath: "#/definitions/python/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.anyOf[1].items, data: data9 };
                if (vErrors === null) {
                  vErrors = [err30];
                } else {
                  vErrors.push(err30);
                }
                errors++;
              }
            } else {
              const err31 = { instancePath: instancePath + "/python/" + i2, schemaPath: "#/definitions/python/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.anyOf[1].items.type, parentSchema: schema19.anyOf[1].items, data: data9 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
          let i3 = data8.length;
          let j1;
          if (i3 > 1) {
            const indices0 = {};
            for (; i3--; ) {
              let item0 = data8[i3];
              if (typeof item0 !== "string") {
                continue;
              }
              if (typeof indices0[item0] == "number") {
                j1 = indices0[item0];
                const err32 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema19.anyOf[1], data: data8 };
                if (vErrors === null) {
                  vErrors = [err32];
                } else {
                  vErrors.push(err32);
                }
                errors++;
                break;
              }
              indices0[item0] = i3;
            }
          }
        } else {
          const err33 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema19.anyOf[1].type, parentSchema: schema19.anyOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
        var _valid3 = _errs37 === errors;
        valid14 = valid14 || _valid3;
      }
      if (!valid14) {
        const err34 = { instancePath: instancePath + "/python", schemaPath: "#/definitions/python/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema19.anyOf, parentSchema: schema19, data: data8 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      } else {
        errors = _errs34;
        if (vErrors !== null) {
          if (_errs34) {
            vErrors.length = _errs34;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.timeout_s !== void 0) {
      let data10 = data.timeout_s;
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 86400 || isNaN(data10)) {
          const err35 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/maximum", keyword: "maximum", params: { comparison: "<=", limit: 86400 }, message: "must be <= 86400", schema: 86400, parentSchema: schema20, data: data10 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
        if (data10 <= 0 || isNaN(data10)) {
          const err36 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema20, data: data10 };
          if (vErrors === null) {
            vErrors = [err36];
          } else {
            vErrors.push(err36);
          }
          errors++;
        }
      } else {
        const err37 = { instancePath: instancePath + "/timeout_s", schemaPath: "#/definitions/timeout_s/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema20.type, parentSchema: schema20, data: data10 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.network !== void 0) {
      let data11 = data.network;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "url" || key1 === "latency_ms")) {
            const err38 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema21, data: data11 };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
        }
        if (data11.url !== void 0) {
          let data12 = data11.url;
          const _errs49 = errors;
          let valid21 = false;
          const _errs50 = errors;
          if (data12 !== null) {
            const err39 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null", schema: schema21.properties.url.anyOf[0].type, parentSchema: schema21.properties.url.anyOf[0], data: data12 };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          var _valid4 = _errs50 === errors;
          valid21 = valid21 || _valid4;
          if (!valid21) {
            const _errs52 = errors;
            if (typeof data12 === "string") {
              if (!pattern0.test(data12)) {
                const err40 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^https?://" }, message: 'must match pattern "^https?://"', schema: "^https?://", parentSchema: schema21.properties.url.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err40];
                } else {
                  vErrors.push(err40);
                }
                errors++;
              }
              if (!formats0.validate(data12)) {
                const err41 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema21.properties.url.anyOf[1], data: data12 };
                if (vErrors === null) {
                  vErrors = [err41];
                } else {
                  vErrors.push(err41);
                }
                errors++;
              }
            } else {
              const err42 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.properties.url.anyOf[1].type, parentSchema: schema21.properties.url.anyOf[1], data: data12 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
            var _valid4 = _errs52 === errors;
            valid21 = valid21 || _valid4;
          }
          if (!valid21) {
            const err43 = { instancePath: instancePath + "/network/url", schemaPath: "#/definitions/network/properties/url/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema21.properties.url.anyOf, parentSchema: schema21.properties.url, data: data12 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          } else {
            errors = _errs49;
            if (vErrors !== null) {
              if (_errs49) {
                vErrors.length = _errs49;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data11.latency_ms !== void 0) {
          let data13 = data11.latency_ms;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 6e4 || isNaN(data13)) {
              const err44 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/maximum", keyword: "maximum", params: { comparison: "<=", limit: 6e4 }, message: "must be <= 60000", schema: 6e4, parentSchema: schema21.properties.latency_ms, data: data13 };
              if (vErrors === null) {
                vErrors = [err44];
              } else {
                vErrors.push(err44);
              }
              errors++;
            }
            if (data13 < 0 || isNaN(data13)) {
              const err45 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema21.properties.latency_ms, data: data13 };
              if (vErrors === null) {
                vErrors = [err45];
              } else {
                vErrors.push(err45);
              }
              errors++;
            }
          } else {
            const err46 = { instancePath: instancePath + "/network/latency_ms", schemaPath: "#/definitions/network/properties/latency_ms/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema21.properties.latency_ms.type, parentSchema: schema21.properties.latency_ms, data: data13 };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
        }
      } else {
        const err47 = { instancePath: instancePath + "/network", schemaPath: "#/definitions/network/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema21.type, parentSchema: schema21, data: data11 };
        if (vErrors === null) {
          vErrors = [err47];
        } else {
          vErrors.push(err47);
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
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var study = validate37;
var schema36 = { "type": "object", "description": "The study's plain shape: built-in workload name \u2192 { level name \u2192 argument }. Everything else takes the full shape's defaults.", "minProperties": 1, "properties": { "cpu": { "$ref": "#/definitions/levels_cpu" }, "memory": { "$ref": "#/definitions/levels_memory" }, "io": { "$ref": "#/definitions/levels_io" }, "network": { "$ref": "#/definitions/levels_network" } }, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "cpu" || key0 === "memory" || key0 === "io" || key0 === "network")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.cpu !== void 0) {
      if (!validate19(data.cpu, { instancePath: instancePath + "/cpu", parentData: data, parentDataProperty: "cpu", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
    if (data.memory !== void 0) {
      if (!validate21(data.memory, { instancePath: instancePath + "/memory", parentData: data, parentDataProperty: "memory", rootData })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.io !== void 0) {
      if (!validate23(data.io, { instancePath: instancePath + "/io", parentData: data, parentDataProperty: "io", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.network !== void 0) {
      if (!validate25(data.network, { instancePath: instancePath + "/network", parentData: data, parentDataProperty: "network", rootData })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate37.errors = vErrors;
  return errors === 0;
}
var workers = validate42;
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate42.errors = vErrors;
  return errors === 0;
}
var tasks = validate43;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate43.errors = vErrors;
  return errors === 0;
}
var repetitions = validate44;
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate44.errors = vErrors;
  return errors === 0;
}
var max_minutes = validate45;
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate45.errors = vErrors;
  return errors === 0;
}
var precision = validate46;
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate46.errors = vErrors;
  return errors === 0;
}
var python = validate47;
function validate47(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
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
  validate47.errors = vErrors;
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
  const python3 = toList(overrides.python);
  const strategies = strategyNames ? select("--strategies", "strategy", strategyNames, config.strategies, STRATEGY_IDS) : [...config.strategies];
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
    max_minutes: overrides.max_minutes === void 0 ? config.max_minutes : checked("--max-minutes", "max_minutes", toNumber(overrides.max_minutes)),
    python: python3 ? checked("--python", "python", python3) : [...config.python],
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
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
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
    const where = isAbsolute(label2) ? "" : ` (${absPath})`;
    if (code === "ENOENT") throw new ConfigError(label2, `file not found${where}`);
    if (code === "EISDIR") throw new ConfigError(label2, `is a folder, not a file${where}`);
    if (code === "EACCES" || code === "EPERM") throw new ConfigError(label2, `cannot read the file: permission denied${where}`);
    throw new ConfigError(label2, `cannot read the file: ${code ?? err.message}${where}`);
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

// src/results/read.ts
var import_ajv = __toESM(require_ajv(), 1);
import { readFileSync as readFileSync2 } from "node:fs";

// src/results/results.schema.json
var results_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "concurrency-bench-results-v1",
  title: "concurrency-bench results.json, schema_version 1",
  type: "object",
  required: ["schema_version", "tool", "created_at", "system", "cells"],
  properties: {
    schema_version: { const: 1 },
    tool: {
      type: "object",
      required: ["name", "version"],
      properties: { name: { type: "string" }, version: { type: "string" } }
    },
    created_at: { type: "string" },
    system: {
      type: "object",
      required: ["os", "arch", "cpu_model", "cores", "memory_gb", "node", "pythons"],
      properties: {
        os: { type: "string" },
        arch: { type: "string" },
        cpu_model: { type: "string" },
        cores: { type: "integer", minimum: 1 },
        memory_gb: { type: "number", minimum: 0 },
        node: { type: "string" },
        pythons: {
          type: "array",
          items: {
            type: "object",
            required: ["label", "version", "free_threaded"],
            properties: { label: { type: "string" }, version: { type: "string" }, free_threaded: { type: "boolean" } }
          }
        },
        runner: { type: "object", additionalProperties: { type: ["string", "null"] } },
        git: {
          type: "object",
          properties: {
            sha: { type: "string" },
            ref: { type: "string" },
            pull_request: { type: "integer", minimum: 1 }
          }
        }
      }
    },
    config: {},
    cells: { type: "array", items: { $ref: "#/definitions/cell" } }
  },
  definitions: {
    number: { type: "number", minimum: 0 },
    stats: {
      type: "object",
      required: ["median", "min", "max", "cv", "samples"],
      properties: {
        median: { type: "number" },
        min: { type: "number" },
        max: { type: "number" },
        cv: { type: "number" },
        samples: { type: "array", items: { type: "number" } }
      }
    },
    cell: {
      type: "object",
      required: ["runtime", "strategy", "workload", "level", "workers", "tasks", "status"],
      properties: {
        runtime: { type: "string" },
        strategy: { type: "string" },
        workload: { type: "string" },
        level: { type: "string" },
        workers: { type: "integer", minimum: 1 },
        tasks: { type: "integer", minimum: 1 },
        status: { enum: ["ok", "failed", "skipped"] }
      },
      allOf: [
        {
          if: { properties: { status: { const: "ok" } } },
          then: {
            required: ["metrics", "serial_wall_time", "stats", "noisy", "phases"],
            properties: {
              metrics: {
                type: "object",
                required: ["wall_time", "cpu_time", "throughput", "memory_mb", "gil_eff", "speedup", "efficiency"],
                additionalProperties: { $ref: "#/definitions/number" }
              },
              serial_wall_time: { $ref: "#/definitions/number" },
              stats: { type: "object", additionalProperties: { $ref: "#/definitions/stats" } },
              noisy: { type: "boolean" },
              phases: {
                type: "object",
                required: ["startup", "run", "shutdown"],
                additionalProperties: { $ref: "#/definitions/number" }
              }
            }
          }
        },
        { if: { properties: { status: { const: "failed" } } }, then: { required: ["error"], properties: { error: { type: "string" } } } },
        { if: { properties: { status: { const: "skipped" } } }, then: { required: ["reason"], properties: { reason: { type: "string" } } } }
      ]
    }
  }
};

// src/results/types.ts
var SCHEMA_VERSION = 1;
var NOISE_CV = 0.1;
var METRIC_KEYS = ["wall_time", "cpu_time", "throughput", "memory_mb", "gil_eff", "speedup", "efficiency"];

// src/results/read.ts
var ResultsError = class extends Error {
};
var validate;
function parseResults(data, label2) {
  const version = data?.schema_version;
  if (typeof data === "object" && data !== null && version !== void 0 && version !== SCHEMA_VERSION) {
    throw new ResultsError(`${label2}: schema_version ${JSON.stringify(version)} is not supported (this version reads ${SCHEMA_VERSION})`);
  }
  validate ??= new import_ajv.Ajv({ allErrors: false, strict: false }).compile(results_schema_default);
  if (!validate(data)) {
    const [first] = validate.errors ?? [];
    const where = first?.instancePath ? first.instancePath.slice(1).replace(/\//g, ".") : "the top level";
    throw new ResultsError(`${label2}: not a concurrency-bench results file (${where}: ${first?.message ?? "invalid"})`);
  }
  return data;
}
function readResultsFile(path) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    const code = error.code;
    throw new ResultsError(`${path}: ${code === "ENOENT" ? "file not found" : `cannot read it (${code})`}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ResultsError(`${path}: not valid JSON (${error.message.split("\n")[0]})`);
  }
  return parseResults(data, path);
}

// src/benchmark.ts
import { mkdirSync, mkdtempSync, rmSync as rmSync2 } from "node:fs";
import os2 from "node:os";
import { join as join2, resolve as resolve3 } from "node:path";

// src/analysis/break-even.ts
function fitLine(xs, ys) {
  const n = xs.length;
  const meanX = xs.reduce((s, x) => s + x, 0) / n;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - meanX) ** 2, 0);
  if (sxx === 0) return void 0;
  const b = xs.reduce((s, x, i) => s + (x - meanX) * (ys[i] - meanY), 0) / sxx;
  return { a: meanY - b * meanX, b };
}
function threshold(overhead, b, serialSlope) {
  if (b >= serialSlope) return null;
  return Math.max(0, overhead / (serialSlope - b));
}
function breakEvenOf(cells) {
  const points = cells.filter((cell) => cell.warm).map((cell) => ({
    x: cell.serial_wall_time / cell.tasks,
    cold: cell.metrics.wall_time,
    warm: cell.warm.wall_time,
    serialWarm: cell.warm.serial_wall_time ?? cell.serial_wall_time
  }));
  const first = cells[0];
  if (!first || points.length < 2) return void 0;
  const xs = points.map((p) => p.x);
  const cold = fitLine(xs, points.map((p) => p.cold));
  const warm = fitLine(xs, points.map((p) => p.warm));
  if (!cold || !warm) return void 0;
  const n = first.tasks;
  const serialWarmSlope = median(points.map((p) => p.serialWarm / p.x));
  return {
    runtime: first.runtime,
    strategy: first.strategy,
    workload: first.workload,
    fixed_cost_s: Math.max(0, median(points.map((p) => p.cold - p.warm))),
    per_task_s: warm.a * Math.min(first.workers, n) / n,
    slope: cold.b,
    cold_task_s: threshold(cold.a, cold.b, n),
    warm_task_s: threshold(warm.a, warm.b, serialWarmSlope),
    longest_task_s: Math.max(...xs)
  };
}
function breakEvens(results) {
  const groups = /* @__PURE__ */ new Map();
  for (const cell of results.cells) {
    if (cell.status !== "ok") continue;
    const key = JSON.stringify([cell.workload, cell.runtime, cell.strategy]);
    groups.set(key, [...groups.get(key) ?? [], cell]);
  }
  return [...groups.values()].flatMap((cells) => breakEvenOf(cells) ?? []);
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
function machineSpeed(ceiling) {
  const readings = (ceiling?.loop_ns ?? []).filter((x) => typeof x === "number" && x > 0);
  return readings.length ? readings.reduce((a, b) => a + b, 0) / readings.length : void 0;
}

// src/measure/interval.ts
var CONFIDENCE = 0.95;
function binomialHalfCdf(k, n) {
  let term = 0.5 ** n;
  let sum = term;
  for (let i = 1; i <= k; i++) {
    term *= (n - i + 1) / i;
    sum += term;
  }
  return sum;
}
function medianInterval(samples, confidence = CONFIDENCE) {
  if (samples.length === 0) throw new Error("no samples to bracket a median");
  const sorted = [...samples].sort((a, b) => a - b);
  const n = sorted.length;
  const coverage = (k2) => 1 - 2 * binomialHalfCdf(k2 - 1, n);
  let k = 1;
  while (k + 1 <= Math.floor((n + 1) / 2) && coverage(k + 1) >= confidence) k++;
  return { low: sorted[k - 1], high: sorted[n - k], level: coverage(k) };
}

// src/measure/plausibility.ts
var PLAUSIBILITY_MARGIN = 0.05;
var percent = (x) => `${Math.round(x * 100)}%`;
function cpuShare(serials) {
  if (serials.length === 0) return 1;
  return Math.min(1, median(serials.map((s) => s.cpu_time / s.wall_time)));
}
function speedupLimit(workers2, tasks2, cores, share) {
  return Math.min(workers2, tasks2, share > 0 ? cores / share : Infinity);
}
var aboveLimit = (speedup, limit) => speedup > limit * (1 + PLAUSIBILITY_MARGIN);
function implausibleRounds(group) {
  const serials = [...group.serials.values()];
  const share = cpuShare(serials);
  const limits = group.cells.map((cell) => speedupLimit(cell.workers, cell.tasks, group.cores, share));
  const serialMedian = median(serials.map((s) => s.wall_time));
  const slowSerials = /* @__PURE__ */ new Map();
  const perCell = group.cells.map(() => /* @__PURE__ */ new Map());
  group.cells.forEach((cell, i) => {
    const limit = limits[i];
    const parallelMedian = median(cell.reps.map((rep) => rep.wall_time));
    for (const rep of cell.reps) {
      const serial = group.serials.get(rep.round);
      if (!serial) continue;
      const speedup = serial.wall_time / rep.wall_time;
      if (aboveLimit(speedup, limit)) {
        const serialSlower = serial.wall_time / serialMedian - 1;
        const parallelFaster = parallelMedian / rep.wall_time - 1;
        if (serialSlower > PLAUSIBILITY_MARGIN && serialSlower >= parallelFaster) slowSerials.set(rep.round, serialSlower);
        else {
          perCell[i].set(rep.round, `it read ${speedup.toFixed(2)}\xD7 where ${limitText(limit, cell, group.cores)}`);
        }
      } else if (rep.cpu_time > rep.wall_time * group.cores * (1 + PLAUSIBILITY_MARGIN) && !cpuTooCoarse(rep.wall_time, cell.workers)) {
        perCell[i].set(rep.round, `it used ${(rep.cpu_time / rep.wall_time).toFixed(1)} CPU-seconds a second, more than the ${group.cores} cores can give`);
      }
    }
  });
  return group.cells.map((cell, i) => ({
    limit: limits[i],
    setAside: cell.reps.flatMap((rep) => {
      const slower = slowSerials.get(rep.round);
      if (slower === void 0) return perCell[i].has(rep.round) ? [{ round: rep.round, reason: perCell[i].get(rep.round) }] : [];
      const speedup = group.serials.get(rep.round).wall_time / rep.wall_time;
      return [{ round: rep.round, reason: `its serial run was ${percent(slower)} slower than the other rounds' (${speedup.toFixed(2)}\xD7 here; ${limitText(limits[i], cell, group.cores)})` }];
    })
  }));
}
function limitText(limit, cell, cores) {
  const why = limit === cell.workers ? `${cell.workers} workers` : limit === cell.tasks ? `${cell.tasks} tasks` : limit === cores ? `${cores} cores` : `${cores} cores for work this busy`;
  return `${+limit.toFixed(2)}\xD7 is the most ${why} allow`;
}
var CPU_TICK_S = 0.01;
var MAX_CPU_CLOCK_ERROR = 0.2;
function cpuTooCoarse(wallTime, workers2) {
  return (workers2 + 1) * CPU_TICK_S > MAX_CPU_CLOCK_ERROR * wallTime * workers2;
}
var mostlyImplausible = (setAside2, rounds) => rounds > 0 && setAside2 * 2 > rounds;
function notMeasurableReason(setAside2, rounds) {
  return `not measurable on this runner right now: ${setAside2.length} of ${rounds} rounds could not be true (round ${setAside2[0].round + 1}: ${setAside2[0].reason})`;
}

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
function speedupStats(samples) {
  const stats = describe(samples);
  const interval2 = medianInterval(samples);
  return { ...stats, ci: [interval2.low, interval2.high], ci_level: interval2.level };
}
function cellFigures(reps, serialWallTimes, workers2, tasks2, serialWarmTimes = [], warmLimit = Infinity) {
  if (serialWallTimes.length !== reps.length) throw new Error(`${reps.length} repetitions but ${serialWallTimes.length} serial runs to pair them with`);
  const serialWallTime = median(serialWallTimes);
  const perRep = reps.map((rep, i) => repetitionMetrics(rep, serialWallTimes[i], workers2, tasks2));
  const keys = Object.keys(perRep[0]);
  const stats = Object.fromEntries(
    keys.map((key) => [key, key === "speedup" ? speedupStats(perRep.map((m) => m[key])) : describe(perRep.map((m) => m[key]))])
  );
  const serialStats = describe(serialWallTimes);
  const speedup = stats.speedup;
  return {
    metrics: Object.fromEntries(keys.map((key) => [key, stats[key].median])),
    serial_wall_time: serialWallTime,
    stats: { ...stats, serial_wall_time: serialStats },
    noisy: stats.wall_time.cv > NOISE_CV || serialStats.cv > NOISE_CV,
    precision: relativeHalfWidth(speedup),
    phases: {
      startup: median(reps.map((rep) => rep.phases.startup)),
      run: median(reps.map((rep) => rep.phases.run)),
      shutdown: median(reps.map((rep) => rep.phases.shutdown))
    },
    ...warmFigures(reps, serialWallTimes.map((cold, i) => serialWarmTimes[i] ?? cold), workers2, warmLimit)
  };
}
function warmFigures(reps, serialWallTimes, workers2, limit) {
  if (reps.length === 0 || !reps.every((rep) => rep.warm)) return {};
  const all = reps.map((rep, i) => ({ round: i, rep, serial: serialWallTimes[i], speedup: serialWallTimes[i] / rep.warm.wall_time }));
  const kept = all.filter((r) => !aboveLimit(r.speedup, limit));
  const setAside2 = all.filter((r) => aboveLimit(r.speedup, limit)).map((r) => r.round + 1);
  if (mostlyImplausible(setAside2.length, all.length)) return { warm_set_aside: { rounds: setAside2, limit } };
  const walls = kept.map((r) => r.rep.warm.wall_time);
  const speedup = speedupStats(kept.map((r) => r.speedup));
  return {
    warm: {
      wall_time: median(walls),
      ...setAside2.length ? { set_aside: { rounds: setAside2, limit } } : {},
      serial_wall_time: median(kept.map((r) => r.serial)),
      cpu_time: median(kept.map((r) => r.rep.warm.cpu_time)),
      speedup: speedup.median,
      efficiency: speedup.median / workers2,
      stats: { wall_time: describe(walls), speedup }
    }
  };
}

// src/analysis/verdicts.ts
var modelId = (cell) => `${cell.runtime}/${cell.strategy}`;
var INCONCLUSIVE_FACTOR = 3;
var MIN_VERDICT_ROUNDS = 3;
var roundsOf = (cell, basis) => (basis === "cold" ? cell.stats.speedup : cell.warm?.stats.speedup)?.samples?.length ?? 0;
var tooFewRounds = (cells, basis) => cells.some((cell) => roundsOf(cell, basis) < MIN_VERDICT_ROUNDS);
function candidateOf(cell, basis) {
  const stats = basis === "cold" ? cell.stats.speedup : cell.warm?.stats.speedup;
  const interval2 = stats && intervalOf(stats);
  if (!stats || !interval2) return void 0;
  const ideal = Math.min(cell.workers, cell.tasks);
  const capped = (x) => Math.min(x, ideal);
  return { cell, median: capped(stats.median), ci: [capped(interval2[0]), capped(interval2[1])], reported: { median: stats.median, ci: interval2 } };
}
var halfWidth = (c) => (c.reported.ci[1] - c.reported.ci[0]) / 2 / c.reported.median;
function verdictFor(cells, workload, levels, basis, precision2) {
  for (const level of [...levels].reverse()) {
    const measured = cells.filter((cell) => cell.workload === workload && cell.level === level).flatMap((cell) => candidateOf(cell, basis) ?? []).sort((a, b) => b.median - a.median || b.reported.median - a.reported.median);
    if (measured.length === 0) continue;
    const base = { workload, basis, level };
    const faster = measured.filter((c) => c.ci[0] > 1);
    const top = faster[0] ?? measured[0];
    const figure = { speedup: top.reported.median, ci: top.reported.ci };
    if (tooFewRounds(measured.map((c) => c.cell), basis)) return { ...base, status: "inconclusive", best: [], ...figure };
    if (faster.length === 0) {
      const status = halfWidth(top) > INCONCLUSIVE_FACTOR * precision2 ? "inconclusive" : "serial";
      return { ...base, status, best: [], ...figure };
    }
    const close = (c) => c === top || c.ci[1] >= top.ci[0] || c.median >= top.median * (1 - precision2);
    if (measured.some((c) => c.ci[0] <= 1 && close(c))) return { ...base, status: "inconclusive", best: [], ...figure };
    const tied = faster.filter(close);
    return { ...base, status: tied.length > 1 ? "tie" : "best", best: tied.map((c) => modelId(c.cell)), ...figure };
  }
  return void 0;
}
function verdicts(results, precision2) {
  const ok = results.cells.filter((cell) => cell.status === "ok");
  const workloads = [...new Set(results.cells.map((cell) => cell.workload))];
  return workloads.flatMap((workload) => {
    const levels = [...new Set(results.cells.filter((cell) => cell.workload === workload).map((cell) => cell.level))];
    return ["cold", "warm"].flatMap((basis) => verdictFor(ok, workload, levels, basis, precision2) ?? []);
  });
}

// src/compare/mann-whitney.ts
var EXACT_LIMIT = 100;
function rank(x, y) {
  const pooled = [...x.map((value) => ({ value, fromX: true })), ...y.map((value) => ({ value, fromX: false }))];
  pooled.sort((a, b) => a.value - b.value);
  const groups = [];
  let doubledSum = 0;
  for (let start = 0; start < pooled.length; ) {
    let end = start;
    while (end + 1 < pooled.length && pooled[end + 1].value === pooled[start].value) end++;
    const doubledRank = start + 1 + (end + 1);
    for (let i = start; i <= end; i++) if (pooled[i].fromX) doubledSum += doubledRank;
    groups.push({ size: end - start + 1, doubledRank });
    start = end + 1;
  }
  return { groups, doubledSum };
}
function binomial(n, k) {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= Math.min(k, n - k); i++) result = result * (n - i + 1) / i;
  return result <= Number.MAX_SAFE_INTEGER ? Math.round(result) : result;
}
function exactCounts(groups, m, total) {
  const rows = [];
  const first = [];
  const last = [];
  for (let k = 0; k <= m; k++) {
    rows.push(new Float64Array(2 * k * (total - k) + 1));
    first.push(Infinity);
    last.push(-Infinity);
  }
  rows[0][0] = 1;
  first[0] = last[0] = 0;
  const offset = (k) => k * (k + 1);
  let seen = 0;
  for (const { size, doubledRank } of groups) {
    const remaining = total - seen;
    for (let k = Math.min(m - 1, seen); k >= Math.max(0, m - remaining); k--) {
      const source = rows[k];
      if (first[k] > last[k]) continue;
      for (let c = 1; c <= Math.min(size, m - k); c++) {
        const target = rows[k + c];
        const ways = binomial(size, c);
        const shift = offset(k) + c * doubledRank - offset(k + c);
        for (let i = first[k]; i <= last[k]; i++) if (source[i] !== 0) target[i + shift] += source[i] * ways;
        first[k + c] = Math.min(first[k + c], first[k] + shift);
        last[k + c] = Math.max(last[k + c], last[k] + shift);
      }
    }
    seen += size;
  }
  return { counts: rows[m], lowest: offset(m) };
}
function normalUpperTail(z) {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc = t * Math.exp(
    -x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))))
  );
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}
function approximate(groups, m, n, u) {
  const total = m + n;
  const ties = groups.reduce((sum, { size }) => sum + size ** 3 - size, 0);
  const variance = m * n / 12 * (total + 1 - ties / (total * (total - 1)));
  if (variance <= 0) return { pGreater: 1, pLess: 1 };
  const mean = m * n / 2;
  const sd = Math.sqrt(variance);
  return { pGreater: normalUpperTail((u - mean - 0.5) / sd), pLess: 1 - normalUpperTail((u - mean + 0.5) / sd) };
}
function mannWhitney(x, y) {
  if (x.length === 0 || y.length === 0) throw new RangeError("mannWhitney needs at least one value on each side");
  if (![...x, ...y].every(Number.isFinite)) throw new RangeError("mannWhitney needs finite values");
  const m = x.length;
  const n = y.length;
  const { groups, doubledSum } = rank(x, y);
  const u = (doubledSum - m * (m + 1)) / 2;
  if (m > EXACT_LIMIT || n > EXACT_LIMIT) return { ...approximate(groups, m, n, u), u, exact: false };
  const { counts, lowest } = exactCounts(groups, m, m + n);
  const observed = doubledSum - lowest;
  let above = 0;
  let below = 0;
  let all = 0;
  for (let i = 0; i < counts.length; i++) {
    all += counts[i];
    if (i >= observed) above += counts[i];
    if (i <= observed) below += counts[i];
  }
  return { pGreater: Math.min(1, above / all), pLess: Math.min(1, below / all), u, exact: true };
}

// src/compare/cell.ts
var MIN_REPETITIONS = 2;
var SLACK = 1e-9;
function relativeChanges(current, baseline) {
  const change = {};
  for (const key of METRIC_KEYS) {
    const [now, before] = [current[key], baseline[key]];
    if (before !== 0 && Number.isFinite(before) && Number.isFinite(now)) change[key] = (now - before) / before;
    else if (before === 0 && now === 0) change[key] = 0;
  }
  return change;
}
var wallSamples = (cell) => (cell.stats?.wall_time?.samples ?? []).filter(Number.isFinite);
function cellSpeedFactor(cell, speedFactor) {
  const busy = cell.metrics.cpu_time / cell.metrics.wall_time / Math.max(1, cell.metrics.speedup);
  const share = Number.isFinite(busy) ? Math.min(1, Math.max(0, busy)) : 1;
  return 1 + (speedFactor - 1) * share;
}
function compareCell(current, baseline, { minEffect, alpha, speedFactor = 1 }) {
  const before = baseline.metrics.wall_time;
  if (!(before > 0) || !Number.isFinite(current.metrics.wall_time)) {
    return { status: "not-comparable", reason: `the baseline's median wall time is ${before}, not a positive number` };
  }
  const factor = cellSpeedFactor(current, speedFactor);
  const wall = current.metrics.wall_time / factor;
  const change = { ...relativeChanges(current.metrics, baseline.metrics), wall_time: wall / before - 1 };
  const wallRatio = wall / before;
  const [now, then] = [wallSamples(current).map((x) => x / factor), wallSamples(baseline)];
  if (now.length < MIN_REPETITIONS || then.length < MIN_REPETITIONS) {
    const reason = `not enough repetitions to test (baseline ${then.length}, this run ${now.length}; at least ${MIN_REPETITIONS} on each side are needed)`;
    return { status: "compared", reason, change, wallRatio };
  }
  const test = mannWhitney(now, then);
  const pValue = wallRatio >= 1 ? test.pGreater : test.pLess;
  const significant = (p) => p <= alpha * (1 + SLACK);
  let verdict = "unchanged";
  if (wallRatio >= 1 + minEffect - SLACK && significant(test.pGreater)) verdict = "regression";
  else if (wallRatio <= 1 - minEffect + SLACK && significant(test.pLess)) verdict = "improvement";
  return { status: "compared", change, wallRatio, pValue, verdict };
}

// src/prose.ts
var nameOf = (name) => ({ name: String(name) });
var isName = (part) => typeof part === "object" && part !== null && "name" in part;
function prose(strings, ...values) {
  const parts = [];
  strings.forEach((literal, i) => {
    if (literal) parts.push(literal);
    if (i >= values.length) return;
    const value = values[i];
    if (typeof value === "number") parts.push(String(value));
    else if (typeof value === "string") parts.push(nameOf(value));
    else if (isOurs(value)) parts.push(value.ours);
    else if (Array.isArray(value)) parts.push(...value);
    else parts.push(value);
  });
  return parts;
}
var ours = (text) => ({ ours: text });
var isOurs = (part) => typeof part === "object" && part !== null && "ours" in part;
var plainText = (prose2) => prose2.map((part) => isName(part) ? part.name : part).join("");
var formatProse = (prose2, words, names) => prose2.map((part) => isName(part) ? names(part.name) : words(part)).join("");

// src/compare/describe.ts
var percent2 = (x) => `${Number((x * 100).toFixed(2))}%`;
var short = (x) => Number(x.toPrecision(2));
function sizesText({ current, baseline }) {
  return current === baseline ? `${current} repetitions on each side` : `${current} repetitions in this run and ${baseline} in the baseline`;
}
function methodSentence({ minEffect, alpha }, tested) {
  const approximated = tested.some(({ current, baseline }) => current > EXACT_LIMIT || baseline > EXACT_LIMIT);
  const test = approximated ? `a one-sided Mann-Whitney U test (exact up to ${EXACT_LIMIT} repetitions a side, normal approximation above)` : "a one-sided exact Mann-Whitney U test";
  let sentence = `A cell regressed when its median wall time is at least ${percent2(minEffect)} above the baseline's and ${test} on the repetitions' wall times gives p \u2264 ${alpha} (improved: at least ${percent2(minEffect)} below, same test the other way)`;
  if (tested.length === 0) return `${sentence}.`;
  const bound = ({ current, baseline }) => binomial(current + baseline, current);
  const fewest = tested.reduce((worst, sizes2) => bound(sizes2) < bound(worst) ? sizes2 : worst);
  const same = tested.every(({ current, baseline }) => current === fewest.current && baseline === fewest.baseline);
  const count = bound(fewest);
  const smallest = 1 / count;
  const value = `1/${count} ${short(smallest) === smallest ? "=" : "\u2248"} ${short(smallest)}`;
  const sizes = same ? `with ${sizesText(fewest)}` : `with as few as ${sizesText(fewest)}`;
  if (smallest > alpha * (1 + 1e-9)) {
    sentence += `; ${sizes} the smallest possible p is ${value}, so ${same ? "no cell" : "those cells"} can be flagged: use more repetitions`;
  } else if (smallest > alpha * (1 - 1e-9)) {
    sentence += `; ${sizes} the smallest possible p is ${value}, reached only when every repetition of one run is slower than every repetition of the other`;
  } else {
    sentence += `; ${sizes} p can go as low as ${value}`;
  }
  return `${sentence}.`;
}
function list(values) {
  return values.length <= 4 ? values.join(", ") : `${values.slice(0, 3).join(", ")} and ${values.length - 3} more`;
}
function noCellInCommon(current, baseline) {
  if (baseline.length === 0) return "the baseline has no cells to compare with";
  if (current.length === 0) return "this run has no cells to compare with the baseline";
  const values = (cells, dimension) => [...new Set(cells.map((cell) => cell[dimension]))];
  const disjoint = (dimension) => {
    const mine = new Set(values(current, dimension));
    return values(baseline, dimension).every((value) => !mine.has(value));
  };
  const shown = ["runtime"];
  if (disjoint("runtime") || disjoint("workload")) shown.push("workload");
  else {
    const [strategies, levels] = [disjoint("strategy"), disjoint("level")];
    if (strategies || !levels) shown.push("strategy");
    shown.push("workload");
    if (levels || !strategies) shown.push("level");
  }
  const side = (cells) => shown.map((dimension) => list(values(cells, dimension))).join(" \xD7 ");
  return `the baseline has no cell in common with this run (baseline: ${side(baseline)}; this run: ${side(current)})`;
}
function machineNotes(current, baseline) {
  if (!current || !baseline) return [];
  const notes = [];
  const machine = (system) => prose`${system.cpu_model}, ${system.cores} cores`;
  if (plainText(machine(current)) !== plainText(machine(baseline))) {
    notes.push(prose`the baseline ran on another machine (${machine(baseline)}) than this run (${machine(current)}): differences may come from the machine`);
  }
  if (current.node !== baseline.node) notes.push(prose`the baseline ran on Node ${baseline.node}, this run on Node ${current.node}`);
  const pythons = (system) => new Map((system.pythons ?? []).map((python3) => [python3.label, python3.version]));
  const [now, before] = [pythons(current), pythons(baseline)];
  for (const [label2, version] of now) {
    const old = before.get(label2);
    if (old !== void 0 && old !== version) notes.push(prose`${label2} was ${old} in the baseline and is ${version} in this run`);
  }
  return notes;
}

// src/compare/match.ts
var keyOf = (cell) => JSON.stringify([cell.runtime, cell.strategy, cell.workload, cell.level]);
var nameOf2 = ({ runtime, strategy, workload, level }) => ({ runtime, strategy, workload, level });
function pairCells(current, baseline) {
  const pairs = /* @__PURE__ */ new Map();
  const entry = (cell) => {
    const key = keyOf(cell);
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, pair = { name: nameOf2(cell), current: [], baseline: [] });
    return pair;
  };
  for (const cell of current) entry(cell).current.push(cell);
  for (const cell of baseline) entry(cell).baseline.push(cell);
  return [...pairs.values()];
}
function notMeasured(cell, where) {
  if (cell.status === "failed") return `failed ${where}: ${cell.error}`;
  if (cell.status === "skipped") return `skipped ${where}: ${cell.reason}`;
  return void 0;
}
var show2 = (value) => typeof value === "string" ? value : JSON.stringify(value);
function whyNotComparable(pair) {
  if (pair.current.length > 1) return `this run has ${pair.current.length} cells with this name`;
  if (pair.baseline.length > 1) return `the baseline has ${pair.baseline.length} cells with this name`;
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  const unmeasured = [notMeasured(current, "in this run"), notMeasured(baseline, "in the baseline")].filter(Boolean);
  if (unmeasured.length) return unmeasured.join("; ");
  const differences = [];
  for (const field of ["workers", "tasks"]) {
    if (current[field] !== baseline[field]) differences.push(`${field} differ (baseline ${baseline[field]}, this run ${current[field]})`);
  }
  if (JSON.stringify(current.arg) !== JSON.stringify(baseline.arg)) {
    differences.push(`the level's argument differs (baseline ${show2(baseline.arg)}, this run ${show2(current.arg)})`);
  }
  return differences.length ? differences.join("; ") : void 0;
}
function okPair(pair) {
  const [current] = pair.current;
  const [baseline] = pair.baseline;
  if (current?.status !== "ok" || baseline?.status !== "ok") throw new Error("okPair: not a pair of ok cells");
  return { current, baseline };
}

// src/compare/types.ts
var DEFAULT_MIN_EFFECT = 0.1;
var DEFAULT_ALPHA = 0.05;
var ComparisonError = class extends Error {
};

// src/compare/compare.ts
function thresholds({ minEffect = DEFAULT_MIN_EFFECT, alpha = DEFAULT_ALPHA }) {
  if (!(Number.isFinite(minEffect) && minEffect >= 0 && minEffect < 1)) {
    throw new ComparisonError(`the minimum effect must be a fraction from 0 to below 1, e.g. 0.1 for 10% (got ${minEffect})`);
  }
  if (!(Number.isFinite(alpha) && alpha > 0 && alpha < 1)) throw new ComparisonError(`alpha must be between 0 and 1, e.g. 0.05 (got ${alpha})`);
  return { minEffect, alpha };
}
function speedNote(factor) {
  if (factor === void 0) return [];
  const change = Math.abs(factor - 1) * 100;
  const moved = change < 0.5 ? "as fast as" : `${change.toFixed(1)}% ${factor > 1 ? "slower than" : "faster than"}`;
  return [
    [`the machine was ${moved} in the baseline's run, on the same fixed busy loop; this run's wall times were divided by that, in proportion to how CPU-bound each cell is`]
  ];
}
function checkVersion(results, which) {
  const version = results?.schema_version;
  if (version !== SCHEMA_VERSION) throw new ComparisonError(`${which} has schema_version ${JSON.stringify(version)}; this version compares schema_version ${SCHEMA_VERSION} only`);
  if (!Array.isArray(results.cells)) throw new ComparisonError(`${which} has no list of cells`);
}
function speedFactorOf(current, baseline) {
  const [now, then] = [machineSpeed(current.system?.ceiling), machineSpeed(baseline.system?.ceiling)];
  return now !== void 0 && then !== void 0 ? now / then : void 0;
}
function compareResults(current, baseline, options = {}) {
  const speedFactor = options.normalize === false ? void 0 : speedFactorOf(current, baseline);
  const limits = { ...thresholds(options), ...speedFactor === void 0 ? {} : { speedFactor } };
  checkVersion(baseline, "the baseline");
  checkVersion(current, "this run");
  const pairs = pairCells(current.cells, baseline.cells);
  if (!pairs.some((pair) => pair.current.length > 0 && pair.baseline.length > 0)) {
    throw new ComparisonError(noCellInCommon(current.cells, baseline.cells));
  }
  const tested = [];
  const cells = pairs.map(({ name, ...pair }) => {
    if (pair.baseline.length === 0) return { ...name, status: "new" };
    if (pair.current.length === 0) return { ...name, status: "gone" };
    const reason = whyNotComparable({ name, ...pair });
    if (reason !== void 0) return { ...name, status: "not-comparable", reason };
    const cells2 = okPair({ name, ...pair });
    const sizes = { current: wallSamples(cells2.current).length, baseline: wallSamples(cells2.baseline).length };
    if (sizes.current >= MIN_REPETITIONS && sizes.baseline >= MIN_REPETITIONS) tested.push(sizes);
    return { ...name, ...compareCell(cells2.current, cells2.baseline, limits) };
  });
  return {
    cells,
    regressions: cells.filter((cell) => cell.verdict === "regression").length,
    improvements: cells.filter((cell) => cell.verdict === "improvement").length,
    method: methodSentence(limits, tested),
    notes: [...machineNotes(current.system, baseline.system), ...speedNote(speedFactor)]
  };
}

// src/compare/with-baseline.ts
function compareWithBaseline(results, baseline, baselineLabel, options) {
  try {
    return { comparison: { ...compareResults(results, baseline, options), baselineLabel } };
  } catch (error) {
    if (error instanceof ComparisonError) return { comparisonProblem: error.message };
    throw error;
  }
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
function lastErrorLine(text) {
  return text.split("\n").map((line) => line.trim()).filter((line) => /^[\w.]*(Error|Exception)\b.*:|^Fatal|out of memory/i.test(line)).pop();
}
function whyItEnded(code, signal, stderr) {
  const error = lastErrorLine(stderr);
  if (signal) return `the process was killed by ${signal}${error ? ` (${error})` : ""}: the workload crashed it or ran out of memory`;
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
    if (message.type === "span-start" && child.pid) sampler = sampleTreeMemory(child.pid);
    else if (message.type === "span-end" && sampler) peakMemory = sampler.stop();
    else if (message.type === "result") result = message;
    else if (message.type === "error") reportedError = message.message;
  });
  return new Promise((resolve4) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeout.ms);
    const onAbort = () => killGroup();
    signal?.addEventListener("abort", onAbort, { once: true });
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve4({ ok: false, error: `could not start ${runner.command}: ${error.message}` });
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
        resolve4({ ok: false, error: CANCELLED, cancelled: true });
        return;
      }
      if (result && !timedOut) {
        const { wall_time, cpu_time, phases, warm, info, calibration: calibration2 } = result;
        const repetition = { wall_time, cpu_time, phases, peak_memory_bytes: await peakMemory, ...warm ? { warm } : {} };
        resolve4({ ok: true, repetition, info, ...calibration2 ? { calibration: calibration2 } : {} });
        return;
      }
      const error = timedOut ? `timed out after ${timeout.ms / 1e3} s (${timeout.what}): the runner and everything it started were killed` : reportedError ?? whyItEnded(code, exitSignal, stderrTail());
      resolve4({ ok: false, error });
    });
  });
}

// src/measure/calibrate.ts
var SERIAL_TOLERANCE = 0.05;
var SERIAL_CHECKS = 4;
var boundMs = (targets, taskTimeoutMs) => Math.min(taskTimeoutMs * 2, 3e4 + 4e4 * targets.reduce((a, b) => a + b, 0));
async function calibrateAll(needs, runnerFor, taskTimeoutMs, onDone, signal) {
  const outcomes = /* @__PURE__ */ new Map();
  for (const need of needs) {
    if (signal?.aborted) break;
    const runner = runnerFor(need.cell);
    const job = { mode: "calibrate", workload: need.cell.workloadRef, arg: null, workers: 1, tasks: 1, targets_s: need.targets };
    const ms = boundMs(need.targets, taskTimeoutMs);
    const searched = await runRepetition(runner, job, { ms, what: "calibrating the argument of a duration level" }, signal);
    if (!searched.ok && searched.cancelled) break;
    let outcome;
    if (!searched.ok || !searched.calibration) outcome = { ok: false, error: searched.ok ? "the runner returned no calibration" : searched.error };
    else {
      const points = [];
      for (const point of searched.calibration) points.push(await onSerialPath(point, need, runner, taskTimeoutMs, signal));
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
  const miss = (seconds) => Math.abs(seconds / target - 1);
  if (point.seconds / point.arg > 2 * SERIAL_TOLERANCE * target) return point;
  let best;
  let [tooShort, tooLong] = [0, Infinity];
  let arg = point.arg;
  for (let check = 0; check < SERIAL_CHECKS && !signal?.aborted; check++) {
    const job = { mode: "serial", workload: need.cell.workloadRef, arg, workers: 1, tasks: tasks2, task_timeout_s: taskTimeoutMs / 1e3 };
    const outcome = await runRepetition(runner, job, { ms: taskTimeoutMs * (tasks2 + 1), what: "checking a calibrated argument on the serial path" }, signal);
    if (!outcome.ok) break;
    const perTask = outcome.repetition.wall_time / tasks2;
    if (!best || miss(perTask) < miss(best.seconds)) best = { target_s: target, arg, seconds: perTask };
    if (miss(perTask) <= SERIAL_TOLERANCE) break;
    if (perTask < target) tooShort = Math.max(tooShort, arg);
    else tooLong = Math.min(tooLong, arg);
    let next = Math.round(arg * target / perTask);
    if (next <= tooShort || next >= tooLong) next = Math.round(Number.isFinite(tooLong) && tooShort > 0 ? Math.sqrt(tooShort * tooLong) : next);
    next = Math.max(1, next);
    if (next === arg || next <= tooShort || next >= tooLong) break;
    arg = next;
  }
  if (!best) return point;
  return miss(best.seconds) <= SERIAL_TOLERANCE ? best : { ...best, note: `on the serial path, the closest argument took ${formatSeconds(best.seconds)} a task` };
}

// src/measure/ceiling.ts
import { spawn as spawn2 } from "node:child_process";
import { readFileSync as readFileSync3 } from "node:fs";
function readCpuTicks() {
  try {
    return parseProcStat(readFileSync3("/proc/stat", "utf8"));
  } catch {
    return void 0;
  }
}
function stealShare(before, after) {
  if (!before || !after || after.total <= before.total) return void 0;
  return Math.min(1, Math.max(0, (after.steal - before.steal) / (after.total - before.total)));
}
function parseProcStat(text) {
  const line = /^cpu +(.*)$/m.exec(text)?.[1];
  const fields = line?.trim().split(/\s+/).slice(0, 8);
  if (!fields || fields.length < 8 || !fields.every((f2) => /^\d+$/.test(f2))) return void 0;
  const ticks = fields.map(Number);
  return { steal: ticks[7], total: ticks.reduce((sum, t) => sum + t, 0) };
}
var BUSY_ARGS = ["--no-maglev", "--no-concurrent-osr", "--no-concurrent-recompilation", "-e", `/* concurrency-bench-ceiling */
function loop(n) { let x = 0; for (let i = 0; i < n; i++) x = (Math.imul(x, 31) + i) | 0; return x; }
console.log('ready');
process.stdin.on('end', () => {
  const start = performance.now(), x = loop(Number(process.argv[1]));
  console.log((performance.now() - start) / 1000, x);
}).resume();`];
function runLoops(count, iterations, execPath, signal) {
  return new Promise((resolve4, reject) => {
    if (signal?.aborted) return reject(new Error("cancelled"));
    const children = [];
    const seconds = [];
    let failure;
    let running = count;
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
        if (code !== 0) fail(new Error(`ceiling: the busy process ${killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`}${why ? ` (${why})` : ""}`));
        else if (!(value > 0)) fail(new Error(`ceiling: the busy process printed ${JSON.stringify(printed.slice(0, 80))}, not its loop seconds`));
        else seconds[i] = value;
        if (--running > 0) return;
        signal?.removeEventListener("abort", onAbort);
        if (failure) reject(failure);
        else resolve4(seconds);
      });
    }
  });
}
async function measureCeiling(workers2, options = {}) {
  const { loopSeconds = 0.3, trials = 3, execPath = process.execPath, signal } = options;
  if (!Number.isInteger(workers2) || workers2 < 1) throw new Error(`ceiling: workers must be a whole number \u2265 1, not ${workers2}`);
  if (!(loopSeconds > 0) || !Number.isInteger(trials) || trials < 1) throw new Error(`ceiling: needs loopSeconds > 0 and whole trials \u2265 1, not ${loopSeconds} and ${trials}`);
  const run = (count, iterations2) => runLoops(count, iterations2, execPath, signal);
  let iterations = 1e6;
  let [seconds] = await run(1, iterations);
  while (seconds < Math.min(0.05, loopSeconds) && iterations < 1e12) [seconds] = await run(1, iterations *= 10);
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

// src/measure/run-plan.ts
var BUDGET_SPENT = (budgetMs) => `did not fit in the time budget (max_minutes ${+(budgetMs / 6e4).toFixed(2)}): raise max_minutes, or measure fewer workloads, levels or strategies`;
function repetitionTimeout(taskTimeoutMs, tasks2) {
  return { ms: taskTimeoutMs * (2 * tasks2 + 1), what: "config timeout_s \xD7 (2 \xD7 tasks + 1): a task blocked the runner itself, e.g. an endless loop in a serial or event-loop run" };
}
function cellKey(cell) {
  const { runtime, strategy, workload, level, arg, target_s, workers: workers2, tasks: tasks2 } = cell;
  return { runtime, strategy, workload, level, arg, ...target_s === void 0 ? {} : { target_s }, workers: workers2, tasks: tasks2 };
}
function groupsOf(cells) {
  const groups = /* @__PURE__ */ new Map();
  for (const cell of cells) groups.set(cell.baselineKey, [...groups.get(cell.baselineKey) ?? [], cell]);
  return [...groups.values()];
}
var realClock = (budgetMs) => ({ now: () => performance.now(), deadline: performance.now() + budgetMs });
async function runPlan(plan, runnerFor, events, signal, clock = realClock(plan.budgetMs)) {
  const groups = groupsOf(plan.cells).map((cells) => ({
    cells: cells.map((cell) => ({ cell, reps: [], rounds: [], lastCost: 0, ...initialEnd(cell) })),
    rounds: 0,
    serialRuns: /* @__PURE__ */ new Map(),
    serialCost: 0,
    cores: plan.cores
  }));
  const running = (group) => group.cells.filter((p) => !p.ended);
  let finished = 0;
  for (const group of groups) {
    if (running(group).length > 0) {
      if (signal?.aborted) endAll(group, { error: CANCELLED, cancelled: true });
      else if (clock.now() >= clock.deadline) endAll(group, { error: BUDGET_SPENT(plan.budgetMs), skipped: true });
      while (group.rounds < plan.rounds.min && running(group).length > 0) await round(group, running(group));
    }
    const results = resultsOf(group);
    for (const result of results) await events.cellFinished(result, finished++, plan.cells.length);
  }
  for (; ; ) {
    let added = false;
    for (const group of groups) {
      const judged = judge(group);
      const imprecise = running(group).filter((p) => p.reps.length > 0 && !isPrecise(p, group, judged.get(p), plan.precision));
      if (imprecise.length === 0 || group.rounds >= plan.rounds.max || signal?.aborted) continue;
      const cost = group.serialCost + imprecise.reduce((sum, p) => sum + p.lastCost, 0);
      if (clock.now() + cost >= clock.deadline) continue;
      await round(group, imprecise);
      added = true;
      const results = resultsOf(group);
      await events.cellsRefined?.(imprecise.map((p) => results[group.cells.indexOf(p)]), group.rounds);
    }
    if (!added) break;
  }
  return groups.flatMap((group) => resultsOf(group));
  async function round(group, cells) {
    const first = group.cells[0].cell;
    const serialJob = { mode: "serial", workload: first.workloadRef, arg: first.arg, workers: 1, tasks: first.tasks };
    const began = clock.now();
    const extra = group.rounds >= plan.rounds.min;
    const serial = await repetition(first, serialJob);
    group.serialCost = clock.now() - began;
    const thisRound = group.rounds++;
    if (!serial.ok) {
      if (serial.cancelled && extra) return;
      endAll(group, serial);
      return;
    }
    group.serialRuns.set(thisRound, serial.repetition);
    for (const p of cells) {
      if (p.ended) continue;
      const start = clock.now();
      const outcome = await repetition(p.cell, parallelJob(p.cell));
      p.lastCost = clock.now() - start;
      if (outcome.ok) {
        p.reps.push(outcome.repetition);
        p.rounds.push(thisRound);
        p.info = outcome.info ?? p.info;
      } else if (outcome.cancelled) {
        if (!extra) endAll(group, outcome);
        return;
      } else {
        p.ended = ended(p.cell, outcome);
      }
    }
  }
  function endAll(group, outcome) {
    for (const p of running(group)) p.ended = ended(p.cell, outcome);
  }
  function repetition(cell, job) {
    const bound = repetitionTimeout(plan.timeoutMs, job.tasks);
    return runRepetition(runnerFor(cell), { ...job, task_timeout_s: plan.timeoutMs / 1e3 }, bound, signal);
  }
}
function initialEnd(cell) {
  if (cell.skip) return { ended: { ...cellKey(cell), status: "skipped", reason: cell.skip } };
  if (cell.failure) return { ended: { ...cellKey(cell), status: "failed", error: cell.failure } };
  return {};
}
function isPrecise(p, group, judgement, target) {
  if (mostlyImplausible(judgement.setAside.length, p.reps.length)) return false;
  const figures = keptFigures(p, group, judgement);
  const speedups = [figures.stats.speedup, ...figures.warm ? [figures.warm.stats.speedup] : []];
  return speedups.every((stats) => withinPrecision(stats, target));
}
function judge(group) {
  const measured = group.cells.filter((p) => p.reps.length > 0);
  const serials = new Map([...group.serialRuns].map(([round, run]) => [round, { wall_time: run.wall_time, cpu_time: run.cpu_time }]));
  const cells = measured.map((p) => ({ workers: p.cell.workers, tasks: p.cell.tasks, reps: p.reps.map((rep, i) => ({ round: p.rounds[i], wall_time: rep.wall_time, cpu_time: rep.cpu_time })) }));
  const found = implausibleRounds({ cores: group.cores, serials, cells });
  return new Map(group.cells.map((p) => [p, found[measured.indexOf(p)] ?? { limit: Infinity, setAside: [] }]));
}
function keptFigures(p, group, { limit, setAside: setAside2 }) {
  const aside = new Set(setAside2.map((s) => s.round));
  const kept = p.reps.map((rep, i) => ({ rep, serial: group.serialRuns.get(p.rounds[i]), round: p.rounds[i] })).filter((k) => !aside.has(k.round));
  return cellFigures(
    kept.map((k) => k.rep),
    kept.map((k) => k.serial.wall_time),
    p.cell.workers,
    p.cell.tasks,
    kept.map((k) => k.serial.warm?.wall_time),
    limit
  );
}
function resultsOf(group) {
  const judged = judge(group);
  return group.cells.map((p) => resultOf(p, group, judged.get(p)));
}
function resultOf(p, group, judgement) {
  if (p.ended) return p.ended;
  const { setAside: setAside2 } = judgement;
  const outliers = setAside2.map(({ round, reason }) => {
    const rep = p.reps[p.rounds.indexOf(round)];
    const serial = group.serialRuns.get(round);
    return { round: round + 1, reason, wall_time: rep.wall_time, cpu_time: rep.cpu_time, serial_wall_time: serial.wall_time, speedup: serial.wall_time / rep.wall_time };
  });
  const kept = outliers.length ? { outliers } : {};
  if (mostlyImplausible(setAside2.length, p.reps.length)) {
    return { ...cellKey(p.cell), status: "skipped", reason: notMeasurableReason(setAside2, p.reps.length), ...kept };
  }
  const figures = keptFigures(p, group, judgement);
  const calibration2 = p.cell.calibration ? { calibration: p.cell.calibration } : {};
  return { ...cellKey(p.cell), status: "ok", ...figures, ...kept, ...calibration2, ...p.info ? { info: p.info } : {} };
}
function parallelJob(cell) {
  return { mode: "parallel", strategy: cell.strategy, workload: cell.workloadRef, arg: cell.arg, workers: cell.workers, tasks: cell.tasks };
}
function ended(cell, outcome) {
  if (outcome.cancelled) return { ...cellKey(cell), status: "skipped", reason: CANCELLED };
  if (outcome.skipped) return { ...cellKey(cell), status: "skipped", reason: outcome.error };
  return { ...cellKey(cell), status: "failed", error: outcome.error };
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
  await new Promise((resolve4, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve4);
  });
  const { address, port } = server.address();
  return {
    url: `http://${address}:${port}/`,
    close: () => new Promise((resolve4) => {
      server.closeAllConnections();
      server.close(() => resolve4());
    })
  };
}

// src/plan/calibration.ts
var needKey = (cell) => JSON.stringify([cell.runtime, cell.workload]);
function calibrationNeeds(plan) {
  const needs = /* @__PURE__ */ new Map();
  for (const cell of plan.cells) {
    if (cell.target_s === void 0 || cell.skip) continue;
    const key = needKey(cell);
    const need = needs.get(key) ?? { key, cell, targets: [] };
    if (!need.targets.includes(cell.target_s)) need.targets.push(cell.target_s);
    needs.set(key, need);
  }
  return [...needs.values()];
}
function applyCalibration(plan, outcomes) {
  const cells = plan.cells.map((cell) => {
    if (cell.target_s === void 0 || cell.skip) return cell;
    const outcome = outcomes.get(needKey(cell));
    if (!outcome) return { ...cell, failure: "not calibrated (the run was stopped first)" };
    if (!outcome.ok) return { ...cell, failure: `calibrating ${cell.workload} for ${cell.runtime} failed: ${outcome.error}` };
    const point = outcome.points.find((p) => p.target_s === cell.target_s);
    if (!point) return { ...cell, failure: "calibration returned no argument for this level" };
    const calibration2 = { target_s: point.target_s, measured_s: point.seconds, ...point.note ? { note: point.note } : {} };
    return { ...cell, arg: point.arg, calibration: calibration2 };
  });
  return { ...plan, cells };
}
var PINNED_NOTE = "the baseline's argument, so that both runs do the same work";
function pinnedToBaseline(needs, baselineCells) {
  const pinned = /* @__PURE__ */ new Map();
  for (const need of needs) {
    const points = need.targets.map((target) => {
      const found = baselineCells.find(
        (c) => c.status === "ok" && c.runtime === need.cell.runtime && c.workload === need.cell.workload && c.target_s === target && typeof c.arg === "number"
      );
      return found && { target_s: target, arg: found.arg, seconds: found.calibration?.measured_s ?? target, note: PINNED_NOTE };
    });
    if (points.every((p) => p !== void 0)) pinned.set(need.key, { ok: true, points });
  }
  return pinned;
}

// src/plan/plan.ts
var AUTO_ROUNDS = { min: 3, max: 30 };
function makePlan(config, runtimes, cores) {
  const workers2 = config.workers === "auto" ? cores : config.workers;
  const tasks2 = config.tasks === "auto" ? workers2 : config.tasks;
  const cells = [];
  for (const runtime of runtimes) {
    const strategies = config.strategies.filter((id) => runtimeKindOf(id) === runtime.kind);
    const workloads = config.workloads.filter((w) => w.language === "any" || w.language === runtime.kind);
    for (const workload of workloads) {
      for (const level of workload.levels) {
        for (const strategy of strategies) {
          const skip = runtime.unavailable ?? runtime.lacks?.[strategy];
          const what = isDurationLevel(level) ? { arg: void 0, target_s: level.target_s } : { arg: level.arg };
          cells.push({
            runtime: runtime.label,
            kind: runtime.kind,
            strategy,
            workload: workload.name,
            level: level.name,
            ...what,
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
  const rounds = config.repetitions === "auto" ? AUTO_ROUNDS : { min: config.repetitions, max: config.repetitions };
  return { cells, rounds, precision: config.precision, budgetMs: config.max_minutes * 6e4, timeoutMs: config.timeout_s * 1e3, cores };
}

// src/report/names.ts
var strategyName = (id) => isStrategyId(id) ? STRATEGIES[id].name : id;
var modelProse = (runtime, strategy) => [nameOf(runtime), " \xB7 ", isStrategyId(strategy) ? STRATEGIES[strategy].name : nameOf(strategy)];
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
var speedupInterval = (cell) => intervalOf(cell.stats.speedup);
var verdictsOf = (results, precision2) => results.verdicts ?? verdicts(results, precision2);
function targetPrecision(results) {
  const precision2 = results.config?.precision;
  return typeof precision2 === "number" ? precision2 : 0.05;
}
function levelText(cell) {
  return cell.target_s === void 0 ? prose`${cell.level} (arg ${argText(cell.arg)})` : prose`${cell.level} (${ours(formatSeconds(cell.target_s))} a task)`;
}
function argText(value) {
  const arg = typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
  return arg.length > 40 ? `${arg.slice(0, 39)}\u2026` : arg;
}
function verdictText(verdict, cells) {
  const at = cells.find((c) => c.workload === verdict.workload && c.level === verdict.level);
  const basis = prose`${ours(BASIS_LABEL[verdict.basis])}, at ${at ? levelText(at) : verdict.level}`;
  const figure = verdict.speedup === void 0 ? "" : `${verdict.speedup.toFixed(2)}\xD7, interval ${interval(verdict.ci)}`;
  const atLevel = cells.filter((c) => c.status === "ok" && c.workload === verdict.workload && c.level === verdict.level);
  if (verdict.status === "inconclusive" && tooFewRounds(atLevel, verdict.basis)) {
    return { basis, names: [], detail: `inconclusive: some cells have fewer than ${MIN_VERDICT_ROUNDS} rounds, too few for an interval (the fastest read ${figure}): use repetitions "auto" or at least ${MIN_VERDICT_ROUNDS}` };
  }
  if (verdict.status === "inconclusive") {
    return { basis, names: [], detail: `inconclusive: this runner was too noisy to tell which models beat running serially here (the fastest read ${figure})` };
  }
  if (verdict.best.length === 0) return { basis, names: [], detail: `run it serially: no model was clearly faster than one task after another (the fastest read ${figure})` };
  const tie = verdict.best.length > 1 ? "; a tie: their intervals overlap, or they differ by less than the target precision" : "";
  return { basis, names: verdict.best.map(modelName), detail: `${figure}${tie}` };
}
function breakEvenSentence(b) {
  const name = modelProse(b.runtime, b.strategy);
  if (b.cold_task_s === null && b.warm_task_s === null) return prose`${name} never beats running serially on this runner, whatever the task size (its batches take as long)`;
  const when = (threshold2) => {
    if (threshold2 === null) return "never";
    if (threshold2 === 0) return "at every task size measured";
    return `above ${roughly(threshold2)} a task${threshold2 > b.longest_task_s ? ` (beyond the longest task measured, ${roughly(b.longest_task_s)}: extrapolated)` : ""}`;
  };
  if (b.cold_task_s === null) return prose`${name} never pays off if you make the pool per job, but does ${ours(when(b.warm_task_s))} if you keep it`;
  return prose`${name} pays off ${ours(when(b.cold_task_s))} if you make the pool per job, and ${ours(when(b.warm_task_s))} if you keep it`;
}
function ceilingText(system) {
  const c = system.ceiling;
  if (!c) return void 0;
  const end = c.end === void 0 ? "" : ` at the start and ${c.end.toFixed(2)}\xD7 at the end`;
  const steal = c.steal === void 0 ? "" : `; the hypervisor stole ${(c.steal * 100).toFixed(1)}% of the CPU time`;
  const text = `This runner gave ${c.start.toFixed(2)}\xD7 for ${c.workers} independent busy processes against one${end} (no pool, none of our code: the most any model can reach here)${steal}.`;
  return c.moved ? { text, warning: `The runner's ceiling moved by more than ${CEILING_MOVED * 100}% during the run: the machine changed under it, and its figures compare less well with other runs.` } : { text };
}
function startupNote(cell) {
  const overhead = cell.phases.startup + cell.phases.shutdown;
  const share = overhead / cell.metrics.wall_time;
  return share > 0.5 ? `mostly pool start-up (${Math.round(share * 100)}% of the wall time)` : void 0;
}
var isConclusive = (cell, target) => withinPrecision(cell.stats.speedup, target);
function precisionText(results, target) {
  const ok = results.cells.filter((c) => c.status === "ok" && typeof c.precision === "number");
  if (ok.length === 0) return void 0;
  const reached = ok.filter((c) => isConclusive(c, target));
  const widest = ok.reduce((w, c) => c.precision > w.precision ? c : w);
  const pct = (x) => `\xB1${+(x * 100).toFixed(1)}%`;
  const rounds = ok.map((c) => c.stats.speedup.samples.length);
  return prose`Precision: ${reached.length} of ${ok.length} cells reached ${ours(pct(target))} with a ${CONFIDENCE * 100}% interval (${Math.min(...rounds)}–${Math.max(
    ...rounds
  )} rounds a cell); the widest is ${modelProse(widest.runtime, widest.strategy)} ${widest.workload}/${widest.level} at ${ours(pct(widest.precision))}. Intervals from fewer than 6 rounds are the min–max range, at lower confidence.`;
}
function utilizationText(cell) {
  return cpuTooCoarse(cell.metrics.wall_time, cell.workers) ? "CPU: too short" : `${Math.round(cell.metrics.gil_eff * 100)}%`;
}
var roundsSetAside = (count) => `${count} round${count === 1 ? "" : "s"} set aside`;
var warmSetAsideNote = (cell) => cell.warm?.set_aside ? ` (${cell.warm.set_aside.rounds.length} above ${cell.warm.set_aside.limit}\xD7 set aside)` : "";
function setAsideText(cell) {
  if (cell.status !== "ok" || !cell.outliers?.length) return void 0;
  const outliers = cell.outliers;
  const rounds = cell.stats.speedup.samples.length + outliers.length;
  const first = outliers[0];
  const more = outliers.length > 1 ? `; ${outliers.length - 1} more alike` : "";
  return prose`${outliers.length} of ${rounds} rounds set aside (round ${first.round}: ${first.reason}${ours(more)})`;
}
var notShownWord = (cell) => cell.status === "skipped" && cell.outliers?.length ? "not measurable" : cell.status;

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
    const ci = cell.stats.speedup.ci ? ` [${interval(cell.stats.speedup.ci)}]` : "";
    const warm = cell.warm ? `  warm ${cell.warm.speedup.toFixed(2)}x` : "";
    const aside = cell.outliers?.length ? `  (${roundsSetAside(cell.outliers.length)})` : "";
    outcome = `speedup ${m.speedup.toFixed(2)}x${ci}${warm}  efficiency ${m.efficiency.toFixed(2)}  wall ${m.wall_time.toFixed(3)}s  cpu ${m.cpu_time.toFixed(3)}s  mem ${m.memory_mb.toFixed(0)}MB${aside}`;
  } else if (cell.status === "failed") {
    outcome = `FAILED: ${cell.error}`;
  } else {
    outcome = `skipped: ${cell.reason}`;
  }
  const eta = etaSeconds !== void 0 && index + 1 < total ? `  ETA ${formatDuration(etaSeconds)}` : "";
  return `${counter} ${where.padEnd(40)} ${outcome}${eta}`;
}
function calibrationLine(need, outcome) {
  const where = `${need.cell.runtime} ${need.cell.workload}`;
  if (!outcome.ok) return `  calibration ${where}: FAILED: ${outcome.error}`;
  const points = outcome.points.map((p) => `${formatSeconds(p.target_s)} \u2192 ${p.arg} (${formatSeconds(p.seconds)}${p.note ? `; ${p.note}` : ""})`);
  return `  calibration ${where}: ${points.join(", ")}`;
}
function refinedLine(cells, round, target) {
  const first = cells[0];
  const reached = cells.map((cell) => cell.status === "ok" ? `${cell.strategy} \xB1${(cell.precision * 100).toFixed(1)}%` : `${cell.strategy} ${cell.status}`);
  return `  round ${round} of ${first.runtime} ${first.workload}/${first.level} (target \xB1${+(target * 100).toFixed(1)}%): ${reached.join(", ")}`;
}

// src/report/write-reports.ts
import { writeFileSync } from "node:fs";
import { join } from "node:path";

// src/report/html-escape.ts
var ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "`": "&#96;" };
function escapeHtml(value) {
  return String(value).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]);
}
function clip(text, max) {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
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

// src/report/svg-bar-chart.ts
var WIDTH = 1040;
var PLOT_HEIGHT = 250;
var MARGIN = { left: 52, right: 76, bottom: 48 };
var charWidth = (size) => size * 0.6;
var textWidth = (text, size) => [...text].reduce((sum, ch) => sum + size * (/[0-9]/.test(ch) ? 0.64 : /[.,]/.test(ch) ? 0.32 : /[×~]/.test(ch) ? 0.84 : 0.66), 0);
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
function renderBarChart(chart2) {
  const { series, groups } = chart2;
  const fills = series.map((s, i) => s.texture % 4 === 0 ? s.color : `url(#${chart2.id}-p${i})`);
  const patterns = series.map((s, i) => s.texture % 4 === 0 ? "" : texturePattern(`${chart2.id}-p${i}`, s.color, s.texture)).join("");
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
  const values = [...bars.flatMap((b) => [b.value, b.range?.[1]]), ...groups.map((g) => g.ideal), chart2.baseline?.value].filter(
    (v) => typeof v === "number" && Number.isFinite(v) && v > 0
  );
  const peak = Math.max(1e-9, ...values) * (PLOT_HEIGHT / (PLOT_HEIGHT - labelRoom));
  const step = niceStep(peak / 5);
  const max = Math.ceil(peak / step - 1e-9) * step;
  const y = (v) => bottom - Math.max(0, Math.min(v, max)) / max * PLOT_HEIGHT;
  const out = [
    `<svg viewBox="0 0 ${WIDTH} ${f(height)}" width="${WIDTH}" height="${f(height)}" role="img" aria-label="${escapeHtml(chart2.title)}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', sans-serif" fill="#1b1f24">`,
    `<title>${escapeHtml(chart2.title)}</title>`,
    patterns ? `<defs>${patterns}</defs>` : "",
    key.svg
  ];
  for (let v = 0; v <= max + step / 2; v += step) {
    const yy = f(y(v));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#d0d7de" stroke-width="1"/>`,
      `<text x="${MARGIN.left - 6}" y="${yy}" dy=".35em" text-anchor="end" font-size="11" fill="#57606a">${escapeHtml(chart2.formatTick(v))}</text>`
    );
  }
  const overlay = [];
  groups.forEach((group, gi) => {
    const gx = MARGIN.left + gi * groupWidth;
    group.bars.forEach((bar, si) => {
      if (!bar) return;
      const cx = gx + inset + slot * si + slot / 2;
      if (bar.value === null || !Number.isFinite(bar.value)) {
        const note = clip(bar.note ?? "n/a", 12);
        const flat = textWidth(note, 10) + 4 <= slot;
        const pos = flat ? `x="${f(cx)}" y="${bottom - 5}" text-anchor="middle"` : `transform="translate(${f(cx)} ${bottom - 5}) rotate(-90)" dy=".35em"`;
        out.push(`<text ${pos} font-size="10" font-style="italic" fill="${bar.note === "failed" ? "#b42318" : "#57606a"}"><title>${escapeHtml(bar.title)}</title>${escapeHtml(note)}</text>`);
        return;
      }
      const yTop = y(bar.value);
      const h = Math.max(1, bottom - yTop);
      const outline = bar.dashed ? 'stroke-width="1.6" stroke-dasharray="4 3"' : 'stroke-opacity=".6"';
      out.push(
        `<rect x="${f(cx - barWidth / 2)}" y="${f(bottom - h)}" width="${f(barWidth)}" height="${f(h)}" fill="${fills[si]}" stroke="#1b1f24" ${outline}><title>${escapeHtml(bar.title)}</title></rect>`
      );
      let labelY = bottom - h;
      const [lo, hi] = bar.range ?? [NaN, NaN];
      if (Number.isFinite(lo) && Number.isFinite(hi) && hi > lo) {
        const [y1, y2, cap] = [y(lo), y(hi), Math.min(6, barWidth / 4)];
        overlay.push(`<path d="M${f(cx)} ${f(y1)}V${f(y2)}M${f(cx - cap)} ${f(y1)}H${f(cx + cap)}M${f(cx - cap)} ${f(y2)}H${f(cx + cap)}" stroke="#1b1f24" stroke-width="1.2" fill="none"/>`);
        labelY = Math.min(labelY, y2);
      }
      const text = escapeHtml(bar.label);
      const halo = 'paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round"';
      overlay.push(
        rotate ? `<text transform="translate(${f(cx)} ${f(labelY - 4)}) rotate(-90)" dy=".35em" font-size="${labelFont}" ${halo}>${text}</text>` : `<text x="${f(cx)}" y="${f(labelY - 5)}" text-anchor="middle" font-size="${labelFont}" ${halo}>${text}</text>`
      );
    });
    const maxChars = Math.max(4, Math.floor(groupWidth / charWidth(13)) - 1);
    out.push(`<text x="${f(gx + groupWidth / 2)}" y="${bottom + 18}" text-anchor="middle" font-size="13" font-weight="600">${escapeHtml(clip(group.label, maxChars))}</text>`);
    if (group.sublabel) {
      out.push(`<text x="${f(gx + groupWidth / 2)}" y="${bottom + 34}" text-anchor="middle" font-size="11" fill="#57606a">${escapeHtml(clip(group.sublabel, maxChars))}</text>`);
    }
    if (gi > 0) out.push(`<line x1="${f(gx)}" x2="${f(gx)}" y1="${top}" y2="${bottom}" stroke="#d0d7de" stroke-dasharray="2 3"/>`);
  });
  if (chart2.baseline) {
    const yy = f(y(chart2.baseline.value));
    out.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${yy}" y2="${yy}" stroke="#57606a" stroke-width="1.5"/>`,
      `<text x="${WIDTH - MARGIN.right + 6}" y="${yy}" dy="1.1em" font-size="11" fill="#57606a">${escapeHtml(chart2.baseline.label)}</text>`
    );
  }
  for (let gi = 0; gi < groups.length; ) {
    const ideal = groups[gi].ideal;
    let end = gi + 1;
    while (end < groups.length && groups[end].ideal === ideal) end++;
    if (ideal !== void 0 && Number.isFinite(ideal) && ideal > 0) {
      const yy = f(y(ideal));
      const x2 = end === groups.length ? WIDTH - MARGIN.right : MARGIN.left + end * groupWidth;
      out.push(`<line x1="${f(MARGIN.left + gi * groupWidth)}" x2="${f(x2)}" y1="${yy}" y2="${yy}" stroke="#1b1f24" stroke-width="1.5" stroke-dasharray="6 4"/>`);
      const label2 = escapeHtml(chart2.formatIdeal(ideal));
      out.push(
        end === groups.length ? `<text x="${x2 + 6}" y="${yy}" dy="-.3em" font-size="11" font-weight="600">${label2}</text>` : `<text x="${f(x2 - 4)}" y="${yy}" dy="-.4em" text-anchor="end" font-size="11" font-weight="600" ${'paint-order="stroke" stroke="#fff" stroke-width="3"'}>${label2}</text>`
      );
    }
    gi = end;
  }
  out.push(`<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${bottom}" y2="${bottom}" stroke="#57606a"/>`, ...overlay);
  if (bars.every((b) => b.value === null) && chart2.empty) {
    out.push(`<text x="${f(MARGIN.left + plotWidth / 2)}" y="${f(top + PLOT_HEIGHT / 2)}" text-anchor="middle" font-size="14" fill="#57606a">${escapeHtml(chart2.empty)}</text>`);
  }
  out.push("</svg>");
  return out.join("");
}

// src/report/html.ts
var prosed = (prose2) => escapeHtml(plainText(prose2));
var finite = (v) => typeof v === "number" && Number.isFinite(v);
var SEP = "\0";
var sig = (v) => Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);
var fmtSpeedup = (v) => finite(v) ? `${v.toFixed(2)}\xD7` : "\u2013";
var fmtRatio = (v) => finite(v) ? v.toFixed(2) : "\u2013";
var fmtPercent = (v) => finite(v) ? `${Math.round(v * 100)}%` : "\u2013";
function fmtSeconds(v) {
  if (!finite(v)) return "\u2013";
  if (v < 1e-3) return `${sig(v * 1e6)} \xB5s`;
  return v < 1 ? `${sig(v * 1e3)} ms` : `${sig(v)} s`;
}
var fmtMiB = (v) => !finite(v) ? "\u2013" : v >= 1024 ? `${(v / 1024).toFixed(2)} GiB` : `${v.toFixed(v >= 100 ? 0 : 1)} MiB`;
var fmtRate = (v) => finite(v) ? sig(v) : "\u2013";
function fmtRange(lo, hi) {
  const [a, b] = [fmtSeconds(lo), fmtSeconds(hi)];
  const unit = a.split(" ")[1];
  return unit && unit === b.split(" ")[1] ? `${a.split(" ")[0]} \u2013 ${b}` : `${a} \u2013 ${b}`;
}
var group3 = (digits) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
function fmtArg(arg) {
  if (finite(arg)) return Number.isInteger(arg) ? group3(String(arg)) : String(arg);
  return clip(typeof arg === "string" ? arg : JSON.stringify(arg) ?? "", 40);
}
function fmtDate(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
var rowKey = (cell) => `${cell.runtime}${SEP}${cell.strategy}`;
var rowName = (cell) => `${cell.runtime} \xB7 ${strategyName(cell.strategy)}`;
var idealOf = (cell, cores) => Math.min(cell.workers, cell.tasks, cores);
var whyText = (cell) => `<div class="wrap">${escapeHtml(notRunText(cell))}</div>`;
var notRunText = (cell) => cell.status === "failed" ? `failed: ${cell.error}` : cell.status === "skipped" ? `${notShownWord(cell)}: ${cell.reason}` : "";
function textures(cells) {
  const byStrategy = /* @__PURE__ */ new Map();
  for (const cell of cells) {
    const runtimes = byStrategy.get(cell.strategy) ?? [];
    if (!runtimes.includes(cell.runtime)) byStrategy.set(cell.strategy, [...runtimes, cell.runtime]);
  }
  return new Map([...byStrategy].flatMap(([strategy, runtimes]) => runtimes.map((runtime, i) => [`${runtime}${SEP}${strategy}`, i])));
}
var VERDICT_RULE = "A verdict rests on the last level of a workload that ran. Only a model whose 95% interval lies wholly above 1\xD7 beats running serially; the best is named alone only when its interval clears the others and its median leads by more than the target precision, otherwise the tie is named; speedups above the ideal count as the ideal when models are compared. A model whose interval reaches both into the best\u2019s and down to 1\xD7 makes the verdict inconclusive.";
var coldBest = (results, workload) => verdictsOf(results, targetPrecision(results)).find((v) => v.workload === workload && v.basis === "cold")?.best ?? [];
var swatch = (cell, tex) => `<span class="sw" style="${textureCss(strategyColor(cell.strategy), tex.get(rowKey(cell)) ?? 0)}"></span>`;
function systemLine(results) {
  const s = results.system;
  const parts = [
    `${escapeHtml(s.cores)} cores`,
    escapeHtml(s.cpu_model),
    `${escapeHtml(s.memory_gb)} GB RAM`,
    `${escapeHtml(s.os)} ${escapeHtml(s.arch)}`,
    `Node ${escapeHtml(s.node)}`,
    ...(s.pythons ?? []).map((p) => `${escapeHtml(p.label)} ${escapeHtml(p.version)}${p.free_threaded ? " <b>(free-threaded)</b>" : ""}`)
  ];
  const runner = s.runner && [s.runner.name, s.runner.os, s.runner.arch].filter(Boolean).join(" ");
  if (runner) parts.push(`runner ${escapeHtml(runner)}`);
  if (s.git?.sha) parts.push(`git <code title="${escapeHtml(s.git.sha)}">${escapeHtml(s.git.sha.slice(0, 12))}</code>${s.git.ref ? ` ${escapeHtml(s.git.ref)}` : ""}`);
  parts.push(`<time datetime="${escapeHtml(results.created_at)}">${escapeHtml(fmtDate(results.created_at))}</time>`);
  return parts.map((part) => `<span class="fact">${part}</span>`).join(" \xB7 ");
}
function legend2(results) {
  const workers2 = uniq(results.cells.map((c) => c.workers));
  const cores = results.system.cores;
  const here = workers2.length === 1 ? ` \u2014 here ${escapeHtml(Math.min(workers2[0], cores))}\xD7 with ${escapeHtml(workers2[0])} workers on ${escapeHtml(cores)} cores` : "";
  return `<div class="legend">
<p><b>Speedup</b> = serial time \xF7 parallel time for the same tasks; ideal = workers, up to the core count (dashed line${here}); below 1\xD7 is slower than one after another.</p>
<p><b>Efficiency</b> = speedup \xF7 workers, ideal 1.00. <b>CPU utilization</b> = CPU time \xF7 (wall time \xD7 workers): 100% = every worker busy the whole time.</p>
</div>`;
}
function chart(workload, cells, index, results, tex) {
  const rows = uniq(cells.map(rowKey));
  const series = rows.map((key) => {
    const cell = cells.find((c) => rowKey(c) === key);
    return { name: rowName(cell), color: strategyColor(cell.strategy), texture: tex.get(key) ?? 0 };
  });
  const byPlace = new Map(cells.map((c) => [`${rowKey(c)}${SEP}${c.level}`, c]));
  const groups = uniq(cells.map((c) => c.level)).map((level) => {
    const inLevel = cells.filter((c) => c.level === level);
    const bars = rows.map((key) => {
      const cell = byPlace.get(`${key}${SEP}${level}`);
      if (!cell) return void 0;
      const where = `${rowName(cell)}, ${cell.level}`;
      if (cell.status !== "ok") return { value: null, label: "", note: cell.status, title: `${where}: ${notRunText(cell)}` };
      const label2 = fmtSpeedup(cell.metrics.speedup);
      const range = speedupInterval(cell);
      const wide = (cell.stats?.speedup?.ci_level ?? 0) < 0.95;
      const title = `${where}: ${fmtSpeedup(cell.metrics.speedup)} (median${range ? `, interval ${interval(range)}` : ""})${wide ? ", fewer than 6 rounds: the interval is the min\u2013max range" : ""}`;
      return { value: finite(cell.metrics.speedup) ? cell.metrics.speedup : null, label: label2, dashed: wide, range, note: "n/a", title };
    });
    return { label: level, sublabel: `arg ${fmtArg(inLevel[0].arg)}`, ideal: Math.max(...inLevel.map((c) => idealOf(c, results.system.cores))), bars };
  });
  return renderBarChart({
    id: `chart-${index}`,
    title: `Speedup by strategy and level, workload ${workload}`,
    series,
    groups,
    baseline: { value: 1, label: "serial 1\xD7" },
    formatTick: (v) => `${Number(v.toFixed(3))}\xD7`,
    formatIdeal: (v) => `ideal ${Number(v.toFixed(2))}\xD7`,
    empty: "No cell of this workload was measured."
  });
}
function table(cells, best, tex) {
  const levels = uniq(cells.map((c) => c.level));
  const rows = uniq(cells.map(rowKey));
  const byPlace = new Map(cells.map((c) => [`${rowKey(c)}${SEP}${c.level}`, c]));
  const head1 = levels.map((level) => {
    const arg = cells.find((c) => c.level === level).arg;
    const first = cells.find((c) => c.level === level);
    const what = first.target_s === void 0 ? `arg ${fmtArg(arg)}` : plainText(levelText(first)).replace(`${level} `, "");
    return `<th colspan="4" class="lv">${escapeHtml(level)} <span class="arg">${escapeHtml(what)}</span></th>`;
  });
  const head2 = levels.map(
    () => '<th class="lv" title="serial time \xF7 parallel time, pool made per job; [95% interval]">Speedup</th><th title="speedup \xF7 workers">Efficiency</th><th title="CPU time \xF7 (wall time \xD7 workers)">CPU util.</th><th title="speedup on a pool already started">Warm</th>'
  );
  const body = rows.map((key) => {
    const here = levels.map((level) => byPlace.get(`${key}${SEP}${level}`));
    const any = here.find((c) => c);
    const isBest = best.includes(modelId(any));
    const tds = [];
    for (let i = 0; i < here.length; i++) {
      const cell = here[i];
      if (!cell) {
        tds.push('<td class="lv"></td><td></td><td></td><td></td>');
      } else if (cell.status === "ok") {
        const found = speedupInterval(cell);
        const ci = found ? ` <span class="ci">[${escapeHtml(interval(found))}]</span>` : "";
        const note = startupNote(cell);
        const aside = setAsideText(cell);
        const startup = (note ? `<div class="note">${escapeHtml(note)}</div>` : "") + (aside ? `<div class="note">${prosed(aside)}</div>` : "");
        const warm = cell.warm ? `${fmtSpeedup(cell.warm.speedup)}${warmSetAsideNote(cell)}` : "\u2013";
        tds.push(
          `<td class="lv">${escapeHtml(fmtSpeedup(cell.metrics.speedup))}${ci}${startup}</td><td>${escapeHtml(fmtRatio(cell.metrics.efficiency))}</td><td>${escapeHtml(utilizationText(cell))}</td><td>${escapeHtml(warm)}</td>`
        );
      } else {
        let span = 1;
        while (i + span < here.length && here[i + span]?.status === cell.status && notRunText(here[i + span]) === notRunText(cell)) span++;
        tds.push(`<td colspan="${4 * span}" class="lv why ${cell.status}">${whyText(cell)}</td>`);
        i += span - 1;
      }
    }
    const badge = isBest ? ' <span class="badge">best</span>' : "";
    return `<tr><th scope="row">${swatch(any, tex)}${escapeHtml(rowName(any))}${badge}</th>${tds.join("")}</tr>`;
  });
  return `<div class="scroll"><table class="grid">
<thead><tr><th rowspan="2" class="name">Strategy</th>${head1.join("")}</tr><tr>${head2.join("")}</tr></thead>
<tbody>${body.join("\n")}</tbody></table></div>`;
}
function details(cells) {
  const withInfo = cells.some((c) => c.status === "ok" && c.info && Object.keys(c.info).length > 0);
  const columns = withInfo ? 10 : 9;
  const rows = cells.map((cell) => {
    const name = `<th scope="row">${escapeHtml(rowName(cell))}</th><td class="l">${escapeHtml(cell.level)}</td><td>${escapeHtml(cell.workers)}/${escapeHtml(cell.tasks)}</td>`;
    if (cell.status !== "ok") return `<tr>${name}<td colspan="${columns}" class="why ${cell.status}">${whyText(cell)}</td></tr>`;
    const m = cell.metrics;
    const wall = cell.stats?.wall_time;
    const p = cell.phases;
    const phases = p ? [p.startup, p.run, p.shutdown].map(fmtSeconds).join(" / ") : "\u2013";
    const info = Object.entries(cell.info ?? {}).map(([k, v]) => `${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`).join(", ");
    const tds = [fmtSeconds(m.wall_time), wall ? fmtRange(wall.min, wall.max) : "\u2013", fmtPercent(wall?.cv), fmtSeconds(cell.serial_wall_time), fmtSeconds(m.cpu_time), fmtRate(m.throughput), fmtMiB(m.memory_mb), phases];
    const cols = tds.map((text) => `<td>${escapeHtml(text)}</td>`).join("");
    return `<tr>${name}${cols}${withInfo ? `<td class="l info">${escapeHtml(clip(info, 60))}</td>` : ""}</tr>`;
  });
  return `<details><summary>Full metrics: wall, CPU, throughput, memory (${cells.length} cell${cells.length === 1 ? "" : "s"})</summary>
<p class="note">Medians over the repetitions; min \u2013 max and CV of the wall time. CPU time and peak memory cover the whole process tree; serial: the baseline, one task after another. w/n: workers / tasks. Phases: pool start-up / run / shut-down.</p>
<div class="scroll"><table class="grid full">
<thead><tr><th class="name">Strategy</th><th class="l">Level</th><th title="workers / tasks">w/n</th><th>Wall</th><th title="wall time, fastest \u2013 slowest repetition">min \u2013 max</th><th title="coefficient of variation of the wall time">CV</th><th title="serial baseline wall time">Serial</th><th>CPU</th><th>Tasks/s</th><th title="peak resident memory of the process tree">Memory</th><th>Phases</th>${withInfo ? '<th class="l">Runtime info</th>' : ""}</tr></thead>
<tbody>${rows.join("\n")}</tbody></table></div></details>`;
}
function verdictHtml(verdict, results) {
  const text = verdictText(verdict, results.cells);
  const names = text.names.length ? `<b>${text.names.map(prosed).join(" \u2248 ")}</b> (${escapeHtml(text.detail)})` : `<b>${escapeHtml(text.detail)}</b>`;
  return `${prosed(text.basis)}: ${names}`;
}
function verdictsHtml(workload, results) {
  const mine = verdictsOf(results, targetPrecision(results)).filter((v) => v.workload === workload);
  return mine.length ? mine.map((v) => verdictHtml(v, results)).join("; ") : "no verdict (nothing measured)";
}
function breakEvenList(workload, results) {
  const mine = (results.break_even ?? []).filter((b) => b.workload === workload);
  return mine.length ? `<ul class="breakeven">${mine.map((b) => `<li>${prosed(breakEvenSentence(b))}.</li>`).join("")}</ul>` : "";
}
function section(workload, cells, index, results, tex) {
  const measured = cells.some((c) => c.status === "ok");
  return `<section class="workload" id="w${index}">
<h2>${escapeHtml(workload)}</h2>
<p class="best">Verdict: ${verdictsHtml(workload, results)}</p>
${breakEvenList(workload, results)}
<figure class="chart">${chart(workload, cells, index, results, tex)}</figure>
${table(cells, coldBest(results, workload), tex)}
<p class="note">${measured ? "Bars: median speedup, pool made per job; whisker: its 95% interval (dashed bar: fewer than 6 rounds, the whisker is the min\u2013max range). Warm: the same tasks on a pool already started." : ""}</p>
${details(cells)}
</section>`;
}
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
.ci{color:var(--muted);font-size:12px}.grid td .note{margin:0;font-size:11px;white-space:normal}
.warning{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:6px 10px}
.badge{display:inline-block;font-size:11px;font-weight:600;color:#fff;background:#1b1f24;border-radius:8px;padding:0 6px;margin-left:6px;vertical-align:1px}
.sw{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:6px;vertical-align:-1px;border:1px solid rgba(27,31,36,.5)}
details{margin-top:10px}summary{cursor:pointer;color:var(--muted)}
.full th,.full td{font-size:12px;padding:3px 6px}.full td.info{white-space:normal;min-width:8em;overflow-wrap:anywhere}
footer{color:var(--muted);font-size:12px;margin-top:24px}
`;
function renderHtml(results) {
  const cells = results.cells ?? [];
  const workloads = uniq(cells.map((c) => c.workload));
  const tex = textures(cells);
  const free = (results.system.pythons ?? []).filter((p) => p.free_threaded).map((p) => escapeHtml(p.label));
  const summary = workloads.map((w, i) => `<li><a href="#w${i}">${escapeHtml(w)}</a> \u2014 ${verdictsHtml(w, results)}</li>`);
  const ceiling = ceilingText(results.system);
  const precision2 = precisionText(results, targetPrecision(results));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>concurrency-bench report</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>concurrency-bench</h1>
<p class="system">${systemLine(results)}</p>
${free.length ? `<p class="note">Free-threaded (no GIL): ${free.join(", ")}; its ThreadPool runs threads in parallel.</p>` : ""}
${ceiling ? `<p class="note">${escapeHtml(ceiling.text)}</p>${ceiling.warning ? `<p class="warning">${escapeHtml(ceiling.warning)}</p>` : ""}` : ""}
${legend2(results)}
${workloads.length ? `<ul class="summary">${summary.join("\n")}</ul><p class="rule">${escapeHtml(VERDICT_RULE)}</p>` : "<p>No cells in these results.</p>"}
${precision2 ? `<p class="note">${prosed(precision2)}</p>` : ""}
${workloads.map((w, i) => section(w, cells.filter((c) => c.workload === w), i, results, tex)).join("\n")}
<footer>${escapeHtml(results.tool?.name ?? "concurrency-bench")} ${escapeHtml(results.tool?.version ?? "")} \xB7 results.json schema ${escapeHtml(results.schema_version)}</footer>
</main>
</body>
</html>
`;
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
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
function inertName(name, place = "text") {
  let text = name.replace(CONTROL, " ");
  if (place === "table") text = text.replace(/\\(?=\|)/g, "\\\u200B").replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") || text.startsWith(" ") && text.endsWith(" ") && text.trim() !== "" ? " " : "";
  return `${fence}${pad}${text === "" ? " " : text}${pad}${fence}`;
}
function escapeMarkdown(text) {
  return text.replace(CONTROL, " ").replace(/[\\`*_~[\]<>!#|]/g, (c) => `\\${c}`).replace(/&/g, "&amp;");
}
var markdownProse = (prose2, place = "text") => formatProse(prose2, escapeMarkdown, (name) => inertName(name, place));

// src/report/mermaid.ts
var label = (text) => text.replace(/[^\w .·+-]/g, "_").slice(0, 40);
function speedupChart(workload, level, cells, ideal) {
  const names = cells.map((cell) => `"${label(`${cell.runtime} ${strategyName(cell.strategy)}`)}"`);
  const speedups = cells.map((cell) => Number(cell.metrics.speedup.toFixed(2)));
  const top = Math.ceil(Math.max(ideal, ...speedups) * 1.15 * 10) / 10;
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${label(workload)} (${label(level)}): speedup by strategy, ideal ${ideal}x"`,
    `    x-axis [${names.join(", ")}]`,
    `    y-axis "speedup (x)" 0 --> ${top}`,
    `    bar [${speedups.join(", ")}]`,
    `    line [${cells.map(() => ideal).join(", ")}]`,
    "```"
  ].join("\n");
}

// src/report/markdown.ts
var rowName2 = (cell, place = "table") => markdownProse(modelProse(cell.runtime, cell.strategy), place);
var inCell = (name) => inertName(name, "table");
var placeKey = (c) => JSON.stringify([c.runtime, c.strategy, c.workload, c.level]);
var signed = (x) => `${x >= 0 ? "+" : "\u2212"}${Math.abs(Math.round(x * 100))}%`;
function cellText(cell, target) {
  if (!cell) return "";
  if (cell.status !== "ok") return notShownWord(cell);
  const m = cell.metrics;
  const speedup = isConclusive(cell, target) ? `**${m.speedup.toFixed(2)}\xD7**` : `${m.speedup.toFixed(2)}\xD7`;
  const found = speedupInterval(cell);
  const ci = found ? ` [${interval(found)}]` : "";
  const warm = cell.warm ? ` \xB7 warm ${cell.warm.speedup.toFixed(2)}\xD7${warmSetAsideNote(cell)}` : cell.warm_set_aside ? ` \xB7 warm: not measurable (above ${cell.warm_set_aside.limit}\xD7)` : "";
  const startup = startupNote(cell);
  const aside = cell.outliers?.length ? ` \xB7 ${roundsSetAside(cell.outliers.length)}` : "";
  return `${speedup}${ci} \xB7 ${m.efficiency.toFixed(2)} \xB7 ${utilizationText(cell)}${warm}${startup ? ` \xB7 ${startup}` : ""}${aside}`;
}
function deltaText(change) {
  if (change?.change?.wall_time === void 0) return "";
  const text = `${signed(change.change.wall_time)}`;
  if (change.verdict === "regression") return `**${text} \u25B2 slower**`;
  if (change.verdict === "improvement") return `${text} \u25BC faster`;
  return text;
}
function systemLine2({ system }) {
  const pythons = system.pythons.map((p) => `${inertName(p.label)} ${inertName(p.version)}${p.free_threaded ? " (free-threaded)" : ""}`);
  const runner = system.runner?.name ? [`runner ${inertName(system.runner.name)}`] : [];
  const git = system.git?.sha ? [`commit ${inertName(system.git.sha.slice(0, 7))}`] : [];
  return [
    `**${system.cores} cores**`,
    inertName(system.cpu_model),
    `${system.memory_gb} GB`,
    `${inertName(system.os)} ${inertName(system.arch)}`,
    `Node ${inertName(system.node)}`,
    ...pythons,
    ...runner,
    ...git
  ].join(" \xB7 ");
}
function ceilingLines(results) {
  const ceiling = ceilingText(results.system);
  if (!ceiling) return [];
  return [escapeMarkdown(ceiling.text), "", ...ceiling.warning ? [`> **Warning:** ${escapeMarkdown(ceiling.warning)}`, ""] : []];
}
function verdictLines(results) {
  const verdicts2 = verdictsOf(results, targetPrecision(results));
  if (verdicts2.length === 0) return [];
  const lines = ["### Verdicts", ""];
  for (const workload of uniq(verdicts2.map((v) => v.workload))) {
    const mine = verdicts2.filter((v) => v.workload === workload);
    const parts = mine.map((v) => {
      const text = verdictText(v, results.cells);
      const names = text.names.length ? `**${text.names.map((name) => markdownProse(name)).join(" \u2248 ")}** (${escapeMarkdown(text.detail)})` : `**${escapeMarkdown(text.detail)}**`;
      return `${markdownProse(text.basis)}: ${names}`;
    });
    lines.push(`- **${inertName(workload)}**: ${parts.join("; ")}.`);
    const named = uniq(mine.flatMap((v) => v.best));
    for (const b of breakEvensOf(results, workload, named)) lines.push(`  - ${markdownProse(breakEvenSentence(b))}.`);
  }
  return [...lines, ""];
}
var breakEvensOf = (results, workload, models) => (results.break_even ?? []).filter((b) => b.workload === workload && models.includes(`${b.runtime}/${b.strategy}`));
function workloadSection(results, workload, options) {
  const cells = results.cells.filter((cell) => cell.workload === workload);
  const levels = uniq(cells.map((cell) => cell.level));
  const rows = uniq(cells.map((cell) => rowName2(cell)));
  const byPlace = new Map(cells.map((cell) => [`${rowName2(cell)}\0${cell.level}`, cell]));
  const changes = new Map(options.comparison?.cells.map((c) => [placeKey(c), c]));
  const levelHeader = (level) => {
    const first = cells.find((c) => c.level === level);
    return first.target_s === void 0 ? inCell(level) : markdownProse(levelText(first), "table");
  };
  const header = ["Strategy", ...levels.flatMap((level) => options.comparison ? [levelHeader(level), "\u0394 wall"] : [levelHeader(level)])];
  const body = rows.map((row) => [
    row,
    ...levels.flatMap((level) => {
      const cell = byPlace.get(`${row}\0${level}`);
      const text = cellText(cell, targetPrecision(results));
      return options.comparison ? [text, deltaText(cell && changes.get(placeKey(cell)))] : [text];
    })
  ]);
  const lines = [`### ${inertName(workload)}`, "", markdownTable([header, ...body], { align: ["l", ...header.slice(1).map(() => "r")] }), ""];
  const verdict = verdictsOf(results, targetPrecision(results)).find((v) => v.workload === workload && v.basis === "cold");
  if (options.charts && verdict) {
    const top = cells.filter((cell) => cell.status === "ok" && cell.level === verdict.level);
    if (top.length > 0) lines.push(speedupChart(workload, verdict.level, top, Math.min(top[0].workers, top[0].tasks, results.system.cores)), "");
  }
  return lines;
}
function notMeasured2(results) {
  const notRun = results.cells.filter((cell) => cell.status !== "ok");
  if (notRun.length === 0) return [];
  const groups = /* @__PURE__ */ new Map();
  for (const cell of notRun) {
    const why = cell.status === "failed" ? prose`failed: ${cell.error}` : prose`skipped: ${cell.reason}`;
    const line = `${rowName2(cell, "text")}: ${markdownProse(why)}`;
    groups.set(line, [...groups.get(line) ?? [], `${inertName(cell.workload)} ${inertName(cell.level)}`]);
  }
  return ["### Not measured", "", ...[...groups].map(([line, places]) => `- ${line} (${places.join(", ")})`), ""];
}
function setAside(results) {
  const lines = results.cells.flatMap((cell) => {
    const text = setAsideText(cell);
    return text ? [`- ${rowName2(cell, "text")} ${inertName(cell.workload)} ${inertName(cell.level)}: ${markdownProse(text)}`] : [];
  });
  if (lines.length === 0) return [];
  return ["### Rounds set aside", "", "Their figures could not be true on this runner (a speedup above what the workers, tasks or cores allow, or more CPU than the machine has); they are kept in results.json and left out of every median, interval and verdict.", "", ...lines, ""];
}
function calibration(results) {
  const seen = /* @__PURE__ */ new Set();
  const rows = [];
  for (const cell of results.cells) {
    if (cell.status !== "ok" || !cell.calibration) continue;
    const key = JSON.stringify([cell.runtime, cell.workload, cell.level]);
    if (seen.has(key)) continue;
    seen.add(key);
    const c = cell.calibration;
    rows.push([inCell(cell.runtime), inCell(cell.workload), inCell(cell.level), formatSeconds(c.target_s), inCell(argText(cell.arg)), formatSeconds(c.measured_s), formatSeconds(cell.serial_wall_time / cell.tasks), c.note ? inCell(c.note) : ""]);
  }
  if (rows.length === 0) return [];
  const table2 = markdownTable([["Runtime", "Workload", "Level", "Target", "Argument", "Calibrated", "Serial run, per task", "Note"], ...rows], { align: ["l", "l", "l", "r", "r", "r", "r", "l"] });
  return ["<details><summary>Calibration: the argument each runtime got for a duration level</summary>", "", table2, "", "</details>", ""];
}
function breakEvenTable(results) {
  const all = results.break_even ?? [];
  if (all.length === 0) return [];
  const when = (t) => t === null ? "never" : t === 0 ? "any size" : formatSeconds(t);
  const rows = all.map((b) => [
    markdownProse(modelProse(b.runtime, b.strategy), "table"),
    inCell(b.workload),
    when(b.cold_task_s),
    when(b.warm_task_s),
    formatSeconds(b.fixed_cost_s),
    b.slope.toFixed(2)
  ]);
  const table2 = markdownTable([["Model", "Workload", "Pays off above (pool per job)", "(pool kept)", "Start-up + shut-down", "Batch \xF7 task"], ...rows], { align: ["l", "l", "r", "r", "r", "r"] });
  return [
    "<details><summary>Break-even: the task size above which each model beats running serially here</summary>",
    "",
    "Fitted over the levels: a warm batch takes about a + b \xD7 (task length); a cold one adds the start-up and shut-down. A model pays off where tasks \xD7 length exceeds that. Batch \xF7 task is b: ideally tasks \xF7 workers.",
    "",
    table2,
    "",
    "</details>",
    ""
  ];
}
function fullMetrics(results) {
  const ok = results.cells.filter((cell) => cell.status === "ok");
  if (ok.length === 0) return [];
  const seconds = (x) => `${x.toFixed(3)} s`;
  const table2 = markdownTable(
    [
      ["Strategy", "Workload", "Level", "Wall", "Warm wall", "CPU", "Throughput", "Memory", "Serial wall", "Rounds", "Start-up"],
      ...ok.map((cell) => [
        rowName2(cell),
        inCell(cell.workload),
        inCell(cell.level),
        seconds(cell.metrics.wall_time),
        cell.warm ? seconds(cell.warm.wall_time) : "",
        seconds(cell.metrics.cpu_time),
        `${cell.metrics.throughput.toFixed(2)}/s`,
        `${cell.metrics.memory_mb.toFixed(0)} MB`,
        seconds(cell.serial_wall_time),
        String(cell.stats.wall_time.samples.length),
        seconds(cell.phases.startup)
      ])
    ],
    { align: ["l", "l", "l", "r", "r", "r", "r", "r", "r", "r", "r"] }
  );
  return ["<details><summary>Full metrics (medians over the rounds)</summary>", "", table2, "", "</details>", ""];
}
function freeThreadedNote(results) {
  const labels = results.system.pythons.filter((p) => p.free_threaded).map((p) => inertName(p.label));
  return labels.length ? [`Free-threaded (no GIL): ${labels.join(", ")}; its ThreadPool runs threads in parallel.`, ""] : [];
}
function comparisonSummary(comparison) {
  const verdict = comparison.regressions > 0 ? `**${comparison.regressions} regression${comparison.regressions === 1 ? "" : "s"}**` : "no regression";
  const notes = comparison.notes.map((note) => ` Note: ${markdownProse(note)}.`).join("");
  return [`Compared with ${inertName(comparison.baselineLabel)}: ${verdict}, ${comparison.improvements} improvement${comparison.improvements === 1 ? "" : "s"}. ${escapeMarkdown(comparison.method)}${notes}`, ""];
}
function renderMarkdown(results, options = {}) {
  const workers2 = uniq(results.cells.map((cell) => cell.workers));
  const ideal = workers2.length === 1 ? `ideal ${Math.min(workers2[0], results.system.cores)}\xD7 with ${workers2[0]} workers on ${results.system.cores} cores` : "ideal = workers, up to the core count";
  const precision2 = precisionText(results, targetPrecision(results));
  const lines = [
    "## concurrency-bench",
    "",
    systemLine2(results),
    "",
    ...ceilingLines(results),
    ...freeThreadedNote(results),
    ...verdictLines(results),
    `Each cell: speedup with a pool made per job (serial time \xF7 parallel time; ${ideal}) and its [95% interval], in bold when the interval is within \xB1${+(targetPrecision(results) * 100).toFixed(1)}% (conclusive) \xB7 efficiency (speedup \xF7 workers) \xB7 CPU utilization of the workers ("too short" where the CPU clock's 10 ms ticks could make it 20% wrong) \xB7 warm speedup, on a pool already started.`,
    "",
    ...precision2 ? [markdownProse(precision2), ""] : [],
    ...options.comparison ? comparisonSummary(options.comparison) : [],
    ...uniq(results.cells.map((cell) => cell.workload)).flatMap((workload) => workloadSection(results, workload, options)),
    ...notMeasured2(results),
    ...setAside(results),
    ...options.fullMetrics ? [...calibration(results), ...breakEvenTable(results), ...fullMetrics(results)] : []
  ];
  return lines.join("\n");
}

// src/report/write-reports.ts
function writeReports(outDir, results, comparison) {
  const markdown = renderMarkdown(results, { charts: true, fullMetrics: true, comparison });
  const reportPath = join(outDir, "report.md");
  writeFileSync(reportPath, markdown);
  const htmlPath = join(outDir, "report.html");
  writeFileSync(htmlPath, renderHtml(results));
  return { reportPath, htmlPath, markdown, terminalMarkdown: renderMarkdown(results, { comparison }) };
}

// src/results/store.ts
import { renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
function writeFileAtomic(path, text) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync2(temporary, text);
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
var pythonRunner = (command, env) => ({ command, args: [entryFile("harness.py")], env });
function discoverPythons(config, env) {
  const commands = config.python;
  const names = commands.map((command) => basename(command));
  const label2 = (command, i) => names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : command;
  return Promise.all(commands.map((command, i) => discoverPython(command, label2(command, i), env)));
}
async function discoverPython(command, label2, env) {
  const runner = (runEnv) => pythonRunner(command, runEnv);
  const job = { mode: "about", workload: { name: "" }, arg: null, workers: 1, tasks: 0 };
  const outcome = await runRepetition(runner(env), job, { ms: PROBE_TIMEOUT_MS, what: "asking the interpreter about itself" });
  if (!outcome.ok) {
    const missing = /ENOENT|could not start/.test(outcome.error);
    return { label: label2, kind: "python", runner, unavailable: missing ? `${command} not found` : `${command} failed: ${outcome.error}` };
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
  const found = await Promise.all(Object.values(RUNTIMES).filter((d) => kinds.has(d.kind)).map((d) => d.discover(config, env)));
  return found.flat();
}

// src/version.ts
var VERSION = "0.1.0";

// src/workload-check.ts
var PROBE_TIMEOUT_MS2 = 6e4;
async function checkUserWorkloads(config, runnerFor) {
  for (const workload of config.workloads) {
    if (workload.language === "any") continue;
    const runner = runnerFor(workload.language);
    if (!runner) continue;
    const job = { mode: "probe", workload: { name: workload.name, module: workload.module, entry: workload.entry }, arg: null, workers: 1, tasks: 1 };
    const outcome = await runRepetition(runner, job, { ms: PROBE_TIMEOUT_MS2, what: "loading the workload" });
    if (!outcome.ok) throw new ConfigError(`workloads.${workload.name}: ${outcome.error}`);
  }
}

// src/benchmark.ts
var loopNs = (reading) => reading.alone_s / reading.iterations * 1e9;
var END_RESERVE_MS = 1e4;
async function runnerCeiling(workers2, options, when) {
  if (options.signal?.aborted) return void 0;
  try {
    const reading = await measureCeiling(workers2, { signal: options.signal });
    options.progress(`runner ceiling (${when}): ${workers2} independent busy processes ran ${reading.ratio.toFixed(2)}\xD7 as fast as one`);
    return reading;
  } catch (error) {
    if (!options.signal?.aborted) options.progress(`runner ceiling (${when}) not measured: ${oneLine(error)}`);
    return void 0;
  }
}
function makeOutDir(outDir) {
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    const code = error.code;
    throw new ConfigError(`output folder ${outDir}: ${code === "EEXIST" || code === "ENOTDIR" ? "a file is in the way" : `cannot create it (${code})`}`);
  }
}
var needsLoopbackServer = (config) => config.network.url === null && config.workloads.some((w) => w.name === "network" && w.language === "any");
async function runBenchmark(options) {
  const config = applyOverrides(loadConfig(options.configPath, { cwd: options.cwd }), options.overrides);
  const baseline = options.compareTo === void 0 ? void 0 : readResultsFile(resolve3(options.cwd, options.compareTo));
  makeOutDir(options.outDir);
  const scratch = mkdtempSync(join2(os2.tmpdir(), "concurrency-bench-"));
  let server;
  try {
    const env = { ...options.env, [ENV_TMPDIR]: scratch, TMPDIR: scratch, TEMP: scratch, TMP: scratch };
    const runtimes = await discoverRuntimes(config, env);
    await checkUserWorkloads(config, (kind) => runtimes.find((r) => r.kind === kind && !r.unavailable)?.runner(env));
    if (needsLoopbackServer(config)) server = await startLoopbackServer(config.network.latency_ms);
    env[ENV_URL] = config.network.url ?? server?.url ?? "";
    const cores = os2.availableParallelism();
    const runStart = performance.now();
    const budgetMs = config.max_minutes * 6e4;
    let plan = makePlan(config, runtimes, cores);
    const runnerFor = (cell) => runtimes.find((r) => r.label === cell.runtime).runner(env);
    const workers2 = plan.cells[0]?.workers ?? cores;
    const resultsPath = join2(options.outDir, "results.json");
    const results = {
      schema_version: SCHEMA_VERSION,
      tool: { name: "concurrency-bench", version: VERSION },
      created_at: (/* @__PURE__ */ new Date()).toISOString(),
      system: systemInfo(options.env, runtimes.flatMap((r) => r.info ? [r.info] : [])),
      config: { ...config, workers: workers2, tasks: plan.cells[0]?.tasks ?? config.tasks },
      cells: []
    };
    writeResults(resultsPath, results);
    const measured = plan.cells.filter((cell) => !cell.skip).length;
    const rounds = plan.rounds.min === plan.rounds.max ? `${plan.rounds.min} rounds` : `${plan.rounds.min}+ rounds (to \xB1${+(plan.precision * 100).toFixed(1)}%)`;
    options.progress(`concurrency-bench: ${plan.cells.length} cells (${measured} to measure), ${rounds}, ${workers2} workers, budget ${config.max_minutes} min, results in ${resultsPath}`);
    const ticksBefore = readCpuTicks();
    const ceilingStart = await runnerCeiling(workers2, options, "start");
    if (ceilingStart !== void 0) results.system.ceiling = { workers: workers2, start: ceilingStart.ratio, loop_ns: [loopNs(ceilingStart)] };
    const needs = calibrationNeeds(plan);
    const pinned = baseline ? pinnedToBaseline(needs, baseline.cells) : /* @__PURE__ */ new Map();
    if (pinned.size > 0) options.progress(`duration levels: ${pinned.size} runtime \xD7 workload pairs take the baseline's arguments, so that both runs do the same work`);
    const toCalibrate = needs.filter((need) => !pinned.has(need.key));
    if (toCalibrate.length > 0) options.progress(`calibrating ${toCalibrate.length} runtime \xD7 workload pairs for duration levels`);
    const calibrated = await calibrateAll(toCalibrate, runnerFor, plan.timeoutMs, (need, outcome) => options.progress(calibrationLine(need, outcome)), options.signal);
    plan = applyCalibration(plan, new Map([...pinned, ...calibrated]));
    const clock = { now: () => performance.now(), deadline: runStart + budgetMs - END_RESERVE_MS };
    const place = (cell) => JSON.stringify([cell.runtime, cell.strategy, cell.workload, cell.level]);
    const refresh = () => {
      results.verdicts = verdicts(results, config.precision);
      results.break_even = breakEvens(results);
      writeResults(resultsPath, results);
    };
    await runPlan(plan, runnerFor, {
      cellFinished(cell, index, total) {
        results.cells.push(cell);
        refresh();
        const elapsed = performance.now() - runStart;
        const eta = Math.min(elapsed / 1e3 / (index + 1) * (total - index - 1), Math.max(0, (clock.deadline - performance.now()) / 1e3));
        options.progress(progressLine(cell, index, total, options.withEta ? eta : void 0));
      },
      cellsRefined(cells, round) {
        for (const cell of cells) {
          const at = results.cells.findIndex((c) => place(c) === place(cell));
          if (at >= 0) results.cells[at] = cell;
        }
        refresh();
        options.progress(refinedLine(cells, round, plan.precision));
      }
    }, options.signal, clock);
    const ceilingEnd = ceilingStart === void 0 ? void 0 : await runnerCeiling(workers2, options, "end");
    if (results.system.ceiling) results.system.ceiling = ceilingSummary(results.system.ceiling, ceilingEnd && { ratio: ceilingEnd.ratio, loop_ns: loopNs(ceilingEnd) }, stealShare(ticksBefore, readCpuTicks()));
    refresh();
    const compared = baseline ? compareWithBaseline(results, baseline, options.compareLabel ?? options.compareTo) : {};
    return { results, resultsPath, ...compared, ...writeReports(options.outDir, results, compared.comparison) };
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
  renderMarkdown,
  ResultsError,
  readResultsFile,
  runBenchmark,
  cancelOnSignals
};
