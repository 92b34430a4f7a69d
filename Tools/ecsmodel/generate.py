#!/usr/bin/env python3
"""Generates Sources/ECSModel/Generated/ (and the node decoders in
Sources/ECSPlanCore/Generated/) from botocore's ECS service model.

    python3 Tools/ecsmodel/generate.py           # write the files
    python3 Tools/ecsmodel/generate.py --check   # exit 1 if the committed files differ

The botocore version is pinned below and nowhere else. The model comes from
the installed botocore when its version matches, otherwise from the pinned
wheel on PyPI (`pip download`, cached under ~/.cache/ecsplan). AWS's
documentation prose is never copied: a type links to its API reference page.
The hand-kept overlay (Sources/ECSModel/Overlay.yaml) is read too, for the
JSON schema and the overlay tables baked into Swift.
"""
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

BOTOCORE_VERSION = "1.43.11"

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "Sources", "ECSModel", "Generated")
# Decoders of configuration objects straight from YAML nodes live beside the
# node decoder they call (ECSPlanCore), so they compile against it directly.
NODE_OUT = os.path.join(ROOT, "Sources", "ECSPlanCore", "Generated")
OVERLAY = os.path.join(ROOT, "Sources", "ECSModel", "Overlay.yaml")
SCHEMA = os.path.join(ROOT, "schemas", "ecsplan.schema.json")
MODEL_PATH = "botocore/data/ecs/2014-11-13/service-2.json.gz"
DOCS = "https://docs.aws.amazon.com/AmazonECS/latest/APIReference/"

# Operations whose inputs ecsplan sends and whose outputs its backends read.
OPERATIONS = [
    "RegisterTaskDefinition", "DeregisterTaskDefinition", "DescribeTaskDefinition",
    "ListTaskDefinitions", "ListTaskDefinitionFamilies",
    "CreateService", "UpdateService", "DeleteService", "DescribeServices", "ListServices",
    "ListServiceDeployments", "DescribeServiceDeployments", "DescribeServiceRevisions",
    "CreateCluster", "UpdateCluster", "UpdateClusterSettings", "DeleteCluster",
    "DescribeClusters", "ListClusters", "PutClusterCapacityProviders", "DescribeCapacityProviders",
    "RunTask", "StopTask", "DescribeTasks", "ListTasks",
    "DescribeContainerInstances", "ListContainerInstances",
    "TagResource", "UntagResource", "ListTagsForResource",
]

SWIFT_KEYWORDS = {
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import",
    "init", "inout", "internal", "let", "open", "operator", "private", "protocol", "public",
    "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "continue",
    "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat",
    "return", "switch", "where", "while", "as", "catch", "false", "is", "nil", "self", "super",
    "throw", "throws", "true", "try", "Type", "Self", "Any",
}

SCALARS = {
    "string": "Swift.String", "integer": "Swift.Int", "long": "Swift.Int",
    "boolean": "Swift.Bool", "double": "Swift.Double", "float": "Swift.Double",
    "timestamp": "ECSTimestamp", "blob": "Swift.String",
}


def load_model():
    try:
        import botocore
        if botocore.__version__ == BOTOCORE_VERSION:
            path = os.path.join(os.path.dirname(botocore.__file__), "data", "ecs", "2014-11-13",
                                "service-2.json.gz")
            with gzip.open(path) as f:
                return json.load(f)
    except ImportError:
        pass
    cache = os.path.join(os.path.expanduser("~"), ".cache", "ecsplan", "botocore-" + BOTOCORE_VERSION)
    cached = os.path.join(cache, "service-2.json")
    if not os.path.exists(cached):
        os.makedirs(cache, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", tmp,
                            "botocore==" + BOTOCORE_VERSION], check=True)
            wheel = next(os.path.join(tmp, n) for n in os.listdir(tmp) if n.endswith(".whl"))
            with zipfile.ZipFile(wheel) as z, z.open(MODEL_PATH) as raw:
                data = gzip.decompress(raw.read())
        with open(cached + ".tmp", "wb") as f:
            f.write(data)
        os.replace(cached + ".tmp", cached)
    with open(cached) as f:
        return json.load(f)


def load_overlay():
    import yaml
    with open(OVERLAY) as f:
        return yaml.safe_load(f)


# The requests a configuration object is read as: their shapes get node decoders.
CONFIG_ROOTS = ["RegisterTaskDefinitionRequest", "CreateServiceRequest", "CreateClusterRequest"]
# Shapes ecsplan's own keys hold (a service's `runBefore` carries RunTask's
# overrides): node decoders too, without the root's extra keys.
CONFIG_MEMBER_SHAPES = ["TaskOverride"]


def reachable(model, roots=None):
    shapes = model["shapes"]
    seen = set()

    def walk(name):
        if name in seen:
            return
        seen.add(name)
        s = shapes[name]
        for m in s.get("members", {}).values():
            walk(m["shape"])
        if "member" in s:
            walk(s["member"]["shape"])
        if "key" in s:
            walk(s["key"]["shape"])
            walk(s["value"]["shape"])

    if roots is not None:
        for r in roots:
            walk(r)
        return seen
    for op in OPERATIONS:
        o = model["operations"][op]
        for k in ("input", "output"):
            if k in o:
                walk(o[k]["shape"])
    return seen


def is_enum(s):
    return s["type"] == "string" and "enum" in s


def is_document(s):
    """A document shape (HookDetails): any JSON value, held as an ECSDocument."""
    return s["type"] == "structure" and s.get("document", False)


def swift_type(shapes, name):
    s = shapes[name]
    t = s["type"]
    if t == "structure" or is_enum(s):
        return name
    if t == "list":
        return "[" + swift_type(shapes, s["member"]["shape"]) + "]"
    if t == "map":
        return "[" + swift_type(shapes, s["key"]["shape"]) + ": " + swift_type(shapes, s["value"]["shape"]) + "]"
    return SCALARS[t]


def qualified_type(shapes, name):
    """`swift_type` as code outside `extension ECS` spells it."""
    s = shapes[name]
    t = s["type"]
    if t == "structure" or is_enum(s):
        return "ECS." + name
    if t == "list":
        return "[" + qualified_type(shapes, s["member"]["shape"]) + "]"
    if t == "map":
        return "[" + qualified_type(shapes, s["key"]["shape"]) + ": " + qualified_type(shapes, s["value"]["shape"]) + "]"
    return SCALARS[t]


def ident(name):
    return "`" + name + "`" if name in SWIFT_KEYWORDS else name


def case_name(value, used):
    words = [w for w in re.split(r"[^A-Za-z0-9]+", value) if w]
    if not words:
        words = ["empty"]
    parts = []
    for i, w in enumerate(words):
        # ALLCAPS words read as one word; camelCase ones keep their inner capitals.
        w = w.lower() if w.isupper() or w.isdigit() else w
        parts.append(w[0].lower() + w[1:] if i == 0 else w[0].upper() + w[1:])
    n = "".join(parts)
    if n[0].isdigit():
        n = "_" + n
    base, i = n, 2
    while n in used or n in SWIFT_KEYWORDS or n in ("knownValues", "rawValue", "description"):
        n = base + str(i) if n in used else "`" + n + "`"
        if n.startswith("`"):
            break
        i += 1
    used.add(n)
    return n


def swift_string(s):
    return json.dumps(s, ensure_ascii=False).replace("\\/", "/")


HEADER = """// generated from botocore {version} by Tools/ecsmodel/generate.py, do not edit.
// Change the generator, the pinned version or Sources/ECSModel/Overlay.yaml and run it again.
"""


def wrap(prefix, items, width=100):
    """`prefix` + the items joined by commas, continued on indented lines within `width`."""
    lines, line = [], prefix
    indent = " " * len(prefix)
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "")
        if line.strip() and len(line) + len(piece) + 1 > width and line != prefix:
            lines.append(line.rstrip())
            line = indent
        line += piece + " "
    lines.append(line.rstrip())
    return lines


def filled_by_ecsplan(overlay, name):
    """Members of `name` the model requires but ecsplan fills in (optional in Swift)."""
    return {k.split(".")[1] for k in (overlay.get("filledByEcsplan") or []) if k.split(".")[0] == name}


def gen_structures(model, names, overlay):
    shapes = model["shapes"]
    lines = [HEADER.format(version=BOTOCORE_VERSION), "extension ECS {"]
    for name in sorted(n for n in names if shapes[n]["type"] == "structure"):
        s = shapes[name]
        members = s.get("members", {})
        filled = filled_by_ecsplan(overlay, name)
        required = set(s.get("required", [])) - filled
        lines.append(f"    /// [{name}]({DOCS}API_{name}.html)")
        if is_document(s):
            lines += [
                "    /// A document: any JSON value, passed to ECS as given.",
                f"    public struct {name}: ECSShape {{",
                f"        public static let shapeName = {swift_string(name)}",
                "        public var document: ECSDocument",
                "        public init(_ document: ECSDocument = .object([:])) {",
                "            self.document = document",
                "        }",
                "        public init(from decoder: any Decoder) throws {",
                "            document = try ECSDocument(from: decoder)",
                "        }",
                "        public func encode(to encoder: any Encoder) throws {",
                "            try document.encode(to: encoder)",
                "        }",
                "    }",
                "",
            ]
            continue
        lines.append(f"    public struct {name}: ECSShape {{")
        lines.append(f"        public static let shapeName = {swift_string(name)}")
        fields = []
        for m, spec in members.items():
            t = swift_type(shapes, spec["shape"])
            opt = "" if m in required else "?"
            fields.append((m, t, opt))
            # Optional nested structures are boxed: most are unset, and inline
            # they made a container definition twice its size.
            boxed = "@Boxed " if opt and shapes[spec["shape"]]["type"] == "structure" else ""
            lines.append(f"        {boxed}public var {ident(m)}: {t}{opt}")
        # Memberwise initializer in the model's member order; optional members default to nil.
        params = [f"{ident(m)}: {t}" if not o else f"{ident(m)}: {t}? = nil" for m, t, o in fields]
        if len(", ".join(params)) + 21 <= 100:
            lines.append(f"        public init({', '.join(params)}) {{")
        else:  # one parameter a line, as long signatures read best
            lines.append("        public init(")
            lines += [f"            {p}{',' if i < len(params) - 1 else ''}" for i, p in enumerate(params)]
            lines.append("        ) {")
        for m, t, o in fields:
            lines.append(f"            self.{ident(m)} = {ident(m)}")
        lines.append("        }")
        if fields:
            lines.append("        public enum CodingKeys: Swift.String, ShapeCodingKey {")
            lines += wrap("            case ", [ident(m) for m, _, _ in fields])
            lines.append(f"            public static var shapeName: Swift.String {{ {swift_string(name)} }}")
            lines.append("        }")
        lines.append("        public init(from decoder: any Decoder) throws {")
        if fields:
            lines.append("            let c = try decoder.container(keyedBy: CodingKeys.self)")
            for m, t, o in fields:
                if o and t == "Swift.String":
                    lines.append(f"            {ident(m)} = try c.decodeLenientStringIfPresent(forKey: .{ident(m)})")
                    continue
                fn = "decodeIfPresent" if o else "decode"
                lines.append(f"            {ident(m)} = try c.{fn}({t}.self, forKey: .{ident(m)})")
        else:
            lines.append("            _ = decoder")
        lines.append("        }")
        lines.append("        public func encode(to encoder: any Encoder) throws {")
        if fields:
            lines.append("            var c = encoder.container(keyedBy: CodingKeys.self)")
            for m, t, o in fields:
                fn = "encodeIfPresent" if o else "encode"
                lines.append(f"            try c.{fn}({ident(m)}, forKey: .{ident(m)})")
        else:
            lines.append("            _ = encoder")
        lines.append("        }")
        lines.append("    }")
        lines.append("")
    lines[-1] = "}"
    return "\n".join(lines) + "\n"


NODE_SCALARS = {
    "string": "string()", "blob": "string()", "integer": "int()", "long": "int()",
    "boolean": "bool()", "double": "double()", "float": "double()", "timestamp": "timestamp()",
}


def node_reader(shapes, name, config=True):
    """The expression that reads shape `name` from the NodeDecoder `$0`, or
    (`config` false) from the JSONScanner `$0`, whose readers have the same names
    and which reads the API's own lists only in the API's form."""
    s = shapes[name]
    t = s["type"]
    if t == "structure":
        return f"try $0.shape(ECS.{name}.self)"
    if is_enum(s):
        return f"try $0.decodeEnum(ECS.{name}.self)"
    if t == "list":
        m = s["member"]["shape"]
        # The API's [{name, value}] and [{key, value}] lists also read as maps.
        if config and m == "KeyValuePair":
            return "try $0.keyValuePairs()"
        if config and m == "Tag":
            return "try $0.tags()"
        return "try $0.list { " + node_reader(shapes, m, config) + " }"
    if t == "map":
        return "try $0.map { " + node_reader(shapes, s["value"]["shape"], config) + " }"
    return "try $0." + NODE_SCALARS[t]


def gen_node_decoding(model, overlay):
    """NodeDecodable conformances of the configuration's shapes: one pass over
    a mapping's keys, a switch on each key's bytes, no Decoder protocol."""
    shapes = model["shapes"]
    names = reachable(model, CONFIG_ROOTS + CONFIG_MEMBER_SHAPES)
    lines = [HEADER.format(version=BOTOCORE_VERSION), "import ECSModel", "import YAML", ""]
    for name in sorted(n for n in names if shapes[n]["type"] == "structure"):
        s = shapes[name]
        members = s.get("members", {})
        filled = filled_by_ecsplan(overlay, name)
        required = [m for m in members if m in set(s.get("required", [])) - filled]
        root = name in CONFIG_ROOTS
        if is_document(s):
            lines += [f"extension ECS.{name}: NodeDecodable {{",
                      "    static func decodeNode(_ d: NodeDecoder) throws -> Self { Self(try d.document()) }",
                      "}", ""]
            continue
        lines.append(f"extension ECS.{name}: NodeDecodable {{")
        lines += wrap("    static let nodeMemberNames: [Swift.String] = [", [swift_string(m) for m in members]) if members \
            else ["    static let nodeMemberNames: [Swift.String] = ["]
        lines[-1] += "]"
        if root:
            lines.append("    static func decodeNode(_ d: NodeDecoder) throws -> Self {")
            lines.append("        try decodeNode(d, extraNames: [], readOnly: [], extra: { _ in false })")
            lines.append("    }")
            lines.append("")
            lines.append("    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).")
            lines.append("    static func decodeNode(")
            lines.append("        _ d: NodeDecoder, extraNames: [Swift.String], readOnly: Set<Swift.String>,")
            lines.append("        extra: (NodeMember) throws -> Swift.Bool")
            lines.append("    ) throws -> Self {")
        else:
            lines.append("    static func decodeNode(_ d: NodeDecoder) throws -> Self {")
        for m, spec in members.items():
            lines.append(f"        var _{m}: {qualified_type(shapes, spec['shape'])}? = nil")
        if required:
            lines.append("        var failed = false")
        call = "try d.members(names: nodeMemberNames + extraNames, readOnly: readOnly)" if root \
            else "try d.members(names: nodeMemberNames)"
        if not members:
            lines.append(f"        {call} {{ {'try extra($0)' if root else '_ in false'} }}")
        else:
            lines.append(f"        {call} {{ m in")
            lines.append("            switch m.key {")
            for m, spec in members.items():
                shape = spec["shape"]
                lit = swift_string(m)
                if m in required:
                    expr = f"m.required({lit}, &failed) {{ {node_reader(shapes, shape)} }}"
                elif is_enum(shapes[shape]):
                    expr = f"m.optionalEnum({lit}, ECS.{shape}.self)"
                else:
                    expr = f"m.optional({lit}) {{ {node_reader(shapes, shape)} }}"
                line = f"            case {lit}: _{m} = {expr}"
                if len(line) > 100:
                    lines.append(f"            case {lit}:")
                    lines.append(f"                _{m} = {expr}")
                else:
                    lines.append(line)
            lines.append("            default: return " + ("try extra(m)" if root else "false"))
            lines.append("            }")
            lines.append("            return true")
            lines.append("        }")
        for m in required:
            lines.append(f"        if _{m} == nil {{")
            lines.append(f"            d.reportMissing({swift_string(m)})")
            lines.append("            failed = true")
            lines.append("        }")
        if required:
            lines += wrap("        guard !failed, ", [f"let _{m}" for m in required])
            lines[-1] += " else { throw AlreadyReported() }"
        args = [f"{m}: _{m}" for m in members]  # argument labels need no escaping
        if not args:
            lines.append("        return Self()")
        else:
            lines += wrap("        return Self(", args)
            lines[-1] += ")"
        lines.append("    }")
        lines.append("}")
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"

TREE_SCALARS = {
    "string": ".string({v})", "blob": ".string({v})", "integer": ".int({v})", "long": ".int({v})",
    "boolean": ".bool({v})", "double": ".double({v})", "float": ".double({v})",
    "timestamp": ".double({v}.secondsSince1970)",
}


def tree_expr(shapes, name, v, depth=0):
    """The ShapeTree of `v`, a value of shape `name`, exactly as ShapeTreeEncoder
    builds it from the shape's `encode(to:)`."""
    s = shapes[name]
    t = s["type"]
    if t == "structure":
        return f"{v}.shapeTree"
    if is_enum(s):
        return f".string({v}.rawValue)"
    e = f"e{depth}"
    if t == "list":
        return f".list({v}.map {{ {e} in {tree_expr(shapes, s['member']['shape'], e, depth + 1)} }})"
    if t == "map":
        # Dictionary.encode(to:) writes in iteration order, and so does this.
        inner = tree_expr(shapes, s["value"]["shape"], e + ".value", depth + 1)
        return f".object(shape: nil, members: {v}.map {{ {e} in ({e}.key, {inner}) }})"
    return TREE_SCALARS[t].format(v=v)


def gen_shape_trees(model, names, overlay):
    """ShapeTreeWritable conformances: each structure writes its own tree, in
    its members' encoding order, without going through the Encoder protocol."""
    shapes = model["shapes"]
    lines = [HEADER.format(version=BOTOCORE_VERSION), "import ECSModel", ""]
    for name in sorted(n for n in names if shapes[n]["type"] == "structure"):
        s = shapes[name]
        members = s.get("members", {})
        lines.append(f"extension ECS.{name}: ShapeTreeWritable {{")
        if is_document(s):
            lines += ["    var shapeTree: ShapeTree { document.shapeTree }", "}", ""]
            continue
        if not members:
            # Its encode(to:) opens no container, so the encoder reads it as null.
            lines.append("    var shapeTree: ShapeTree { .null }")
            lines.append("}")
            lines.append("")
            continue
        lines.append("    var shapeTree: ShapeTree {")
        lines.append("        var m: [(Swift.String, ShapeTree)] = []")
        filled = filled_by_ecsplan(overlay, name)
        required = set(s.get("required", [])) - filled  # as gen_structures declares them
        for m, spec in members.items():
            lit = swift_string(m)
            if m in required:
                lines.append(f"        m.append(({lit}, {tree_expr(shapes, spec['shape'], 'self.' + ident(m))}))")
            else:
                append = f"m.append(({lit}, {tree_expr(shapes, spec['shape'], 'v')}))"
                line = f"        if let v = self.{ident(m)} {{ {append} }}"
                lines += [line] if len(line) <= 120 else [f"        if let v = self.{ident(m)} {{", f"            {append}", "        }"]
        lines.append(f"        return .object(shape: {swift_string(name)}, members: m)")
        lines.append("    }")
        lines.append("}")
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"


def gen_json_decoding(model, names, overlay):
    """JSONScannable conformances: the JSON ecsplan writes read in one pass,
    a switch on each key's bytes, exactly as the shapes' `init(from:)` reads it
    (unknown keys skipped, null as absent); anything else is declined."""
    shapes = model["shapes"]
    lines = [HEADER.format(version=BOTOCORE_VERSION), "import ECSModel", "import YAML", ""]
    for name in sorted(n for n in names if shapes[n]["type"] == "structure"):
        s = shapes[name]
        members = s.get("members", {})
        filled = filled_by_ecsplan(overlay, name)
        required = [m for m in members if m in set(s.get("required", [])) - filled]
        root = name in CONFIG_ROOTS
        if is_document(s):
            lines += [f"extension ECS.{name}: JSONScannable {{",
                      "    static func scanJSON(_ r: inout JSONScanner) throws -> Self { Self(try r.document()) }",
                      "}", ""]
            continue
        lines.append(f"extension ECS.{name}: JSONScannable {{")
        if root:
            lines.append("    static func scanJSON(_ r: inout JSONScanner) throws -> Self {")
            lines.append("        try scanJSON(&r) { _, _ in false }")
            lines.append("    }")
            lines.append("")
            lines.append("    /// Also reads the keys `extra` takes (ecsplan's own, beside the request's members).")
            lines.append("    static func scanJSON(")
            lines.append("        _ r: inout JSONScanner, extra: (inout JSONScanner, KeyText) throws -> Swift.Bool")
            lines.append("    ) throws -> Self {")
        else:
            lines.append("    static func scanJSON(_ r: inout JSONScanner) throws -> Self {")
        for m, spec in members.items():
            lines.append(f"        var _{m}: {qualified_type(shapes, spec['shape'])}? = nil")
        lines.append("        try r.beginObject()")
        lines.append("        var more = false")
        unknown = "if try !extra(&r, key) { try r.skipValue() }" if root else "try r.skipValue()"
        if not members and not root:
            lines.append("        while try r.nextKey(&more) != nil { try r.skipValue() }")
        else:
            lines.append("        while let key = try r.nextKey(&more) {")
        if not members:
            if root:
                lines.append(f"            {unknown}")
        else:
            lines.append("            switch key {")
            for m, spec in members.items():
                expr = node_reader(shapes, spec["shape"], config=False).replace("$0.", "r.", 1)
                line = f"            case {swift_string(m)}: _{m} = {expr}"
                if len(line) > 120:
                    lines.append(f"            case {swift_string(m)}:")
                    lines.append(f"                _{m} = {expr}")
                else:
                    lines.append(line)
            lines.append(f"            default: {unknown}")
            lines.append("            }")
        if members or root:
            lines.append("        }")
        if required:
            lines += wrap("        guard ", [f"let _{m}" for m in required])
            lines[-1] += " else { throw JSONScanner.Unsupported() }"
        args = [f"{m}: _{m}" for m in members]
        if not args:
            lines.append("        return Self()")
        else:
            lines += wrap("        return Self(", args)
            lines[-1] += ")"
        lines.append("    }")
        lines.append("}")
        lines.append("")
    return "\n".join(lines[:-1]) + "\n"


def gen_constraints(model, names):
    """`checkConstraints` for every structure that reaches a range, length or pattern."""
    shapes = model["shapes"]

    def constrained(name):
        return any(k in shapes[name] for k in ("min", "max", "pattern"))

    memo = {}

    def reaches(name, seen=()):
        if name in memo:
            return memo[name]
        if name in seen:
            return False
        s = shapes[name]
        found = constrained(name)
        kids = [m["shape"] for m in s.get("members", {}).values()]
        if "member" in s:
            kids.append(s["member"]["shape"])
        if "value" in s:
            kids.append(s["value"]["shape"])
        for k in kids:
            found = reaches(k, seen + (name,)) or found
        memo[name] = found
        return found

    def num(v):
        return str(int(v)) if float(v).is_integer() else str(v)

    def check(expr, shape, path, depth, optional=True):
        """Swift lines checking `expr` (of `shape`'s Swift type, optional or not) at `path`."""
        q = "?" if optional else ""
        s = shapes[shape]
        t = s["type"]
        out = []
        lo = num(s["min"]) if "min" in s else "nil"
        hi = num(s["max"]) if "max" in s else "nil"
        if t in ("integer", "long") and constrained(shape):
            out.append(f"ModelConstraint.range({expr}, min: {lo}, max: {hi}, {path}, &out)")
        elif t in ("double", "float") and constrained(shape):
            out.append(f"ModelConstraint.range({expr}, min: {lo}, max: {hi}, {path}, &out)")
        elif t == "string" and not is_enum(s) and constrained(shape):
            pat = swift_string(s["pattern"]) if "pattern" in s else "nil"
            out.append(f"ModelConstraint.text({expr}, min: {lo}, max: {hi}, pattern: {pat}, {path}, &out)")
        elif t == "structure" and reaches(shape):
            out.append(f"{expr}{q}.checkConstraints(at: {path}, into: &out)")
        elif t == "list":
            if constrained(shape):
                out.append(f"ModelConstraint.count({expr}{q}.count, min: {lo}, max: {hi}, noun: \"items\", {path}, &out)")
            el = s["member"]["shape"]
            if reaches(el):
                v = f"e{depth}"
                inner = check(v, el, f"{path} + [.index(i{depth})]", depth + 1, optional=False)
                seq = f"({expr} ?? [])" if optional else expr
                out.append(f"for (i{depth}, {v}) in {seq}.enumerated() {{ " + "; ".join(inner) + " }")
        elif t == "map":
            el = s["value"]["shape"]
            if reaches(el):
                v = f"e{depth}"
                inner = check(v, el, f"{path} + [.key(k{depth})]", depth + 1, optional=False)
                seq = f"({expr} ?? [:])" if optional else expr
                out.append(f"for (k{depth}, {v}) in {seq} {{ " + "; ".join(inner) + " }")
        return out

    def filled_by(name):
        return filled_by_ecsplan(OVERLAY_DATA, name)

    lines = [HEADER.format(version=BOTOCORE_VERSION)]
    for name in sorted(n for n in names if shapes[n]["type"] == "structure" and reaches(n)):
        s = shapes[name]
        lines.append(f"extension ECS.{name}: ConstraintChecked {{")
        lines.append("    public func checkConstraints(at path: [ConstraintViolation.Step], into out: inout [ConstraintViolation]) {")
        for m, spec in s.get("members", {}).items():
            if not reaches(spec["shape"]):
                continue
            optional = m not in set(s.get("required", [])) - filled_by(name)
            for line in check(f"self.{ident(m)}", spec["shape"], f"path + [.member({swift_string(m)})]", 0, optional):
                lines.append("        " + line)
        lines.append("    }")
        lines.append("}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def gen_enums(model, names):
    shapes = model["shapes"]
    lines = [HEADER.format(version=BOTOCORE_VERSION), "extension ECS {"]
    for name in sorted(n for n in names if is_enum(shapes[n])):
        values = shapes[name]["enum"]
        lines.append(f"    /// [{name}]({DOCS}API_{name}.html); keeps a value the API returns that this model does not list.")
        lines.append(f"    public struct {name}: ECSEnum {{")
        lines.append("        public let rawValue: Swift.String")
        lines.append("        public init(rawValue: Swift.String) { self.rawValue = rawValue }")
        used = set()
        for v in values:
            lines.append(f"        public static let {case_name(v, used)} = {name}(rawValue: {swift_string(v)})")
        lines.append("        public static let knownValues: [Swift.String] = [")
        lines += wrap("            ", [swift_string(v) for v in values])
        lines.append("        ]")
        lines.append("    }")
        lines.append("")
    lines[-1] = "}"
    return "\n".join(lines) + "\n"


def gen_operations(model):
    lines = [HEADER.format(version=BOTOCORE_VERSION), "extension ECS {",
             f"    public static let targetPrefix = {swift_string(model['metadata']['targetPrefix'])}",
             f"    public static let apiVersion = {swift_string(model['metadata']['apiVersion'])}",
             "",
             "    /// The operations ecsplan calls, each with its request and response shape.",
             "    public enum Operations {"]
    for op in OPERATIONS:
        o = model["operations"][op]
        i = o["input"]["shape"] if "input" in o else "Empty"
        r = o["output"]["shape"] if "output" in o else "Empty"
        lname = op[0].lower() + op[1:]
        lines.append(f"        public static let {lname} = Operation<{i}, {r}>(name: {swift_string(op)})")
    lines.append("    }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def gen_shape_table(model, names):
    """Every shape's kind, members, constraints and enum values, for validation and tools."""
    shapes = model["shapes"]
    lines = [HEADER.format(version=BOTOCORE_VERSION), "extension ECS {",
             "    /// The model's facts about one shape, by name; nil for a shape ecsplan does not use.",
             "    public static func shape(named name: Swift.String) -> ShapeInfo? {",
             "        switch name {"]
    for name in sorted(names):
        s = shapes[name]
        t = s["type"]
        args = []
        if is_enum(s):
            args.append(".enumeration")
        elif is_document(s):
            args.append(".document")
        else:
            args.append("." + {"structure": "structure", "list": "list", "map": "map", "string": "string",
                               "integer": "integer", "long": "integer", "boolean": "boolean",
                               "double": "double", "float": "double", "timestamp": "timestamp",
                               "blob": "string"}[t])
        if t == "structure" and not is_document(s):
            req = set(s.get("required", []))
            members = [f"ShapeInfo.Member({swift_string(m)}, {swift_string(v['shape'])}"
                       + (", required: true" if m in req else "") + ")"
                       for m, v in s.get("members", {}).items()]
            args.append(f"members: [{', '.join(members)}]")
        if t == "list":
            args.append(f"element: {swift_string(s['member']['shape'])}")
        if t == "map":
            args.append(f"element: {swift_string(s['value']['shape'])}")
        if is_enum(s):
            args.append(f"enumValues: {name}.knownValues")
        if "min" in s:
            args.append(f"min: {repr(s['min']).replace('.0', '') if t in ('integer', 'long', 'list', 'string', 'map') else s['min']}")
        if "max" in s:
            args.append(f"max: {repr(s['max']).replace('.0', '') if t in ('integer', 'long', 'list', 'string', 'map') else s['max']}")
        if "pattern" in s:
            args.append(f"pattern: {swift_string(s['pattern'])}")
        if s.get("sensitive"):
            args.append("sensitive: true")
        line = f"        case {swift_string(name)}: return ShapeInfo({', '.join(args)})"
        if len(line) <= 100:
            lines.append(line)
        elif t == "structure":  # one member a line
            lines.append(f"        case {swift_string(name)}:")
            lines.append(f"            return ShapeInfo({args[0]}, members: [")
            lines += [f"                {m}," for m in members]
            lines.append("            ]" + "".join(", " + a for a in args[2:]) + ")")
        else:
            lines.append(f"        case {swift_string(name)}:")
            lines += wrap("            return ShapeInfo(", args)
            lines[-1] += ")"
    lines += ["        default: return nil", "        }", "    }", "}"]
    return "\n".join(lines) + "\n"


def value_literal(v):
    if isinstance(v, bool):
        return ".bool(" + ("true" if v else "false") + ")"
    if isinstance(v, int):
        return f".int({v})"
    if isinstance(v, str):
        return f".string({swift_string(v)})"
    raise SystemExit(f"overlay: unsupported default {v!r}")


def gen_overlay(model, overlay):
    """The overlay's tables as Swift switch statements (fast, and checked by the compiler)."""
    shapes = model["shapes"]

    def check(key):
        shape, member = key.split(".")
        if member not in shapes.get(shape, {}).get("members", {}):
            raise SystemExit(f"overlay: {key} is not a member of the model")
        return shape, member

    lines = [HEADER.format(version=BOTOCORE_VERSION),
             "extension Overlay {",
             "    /// ECS's default for members it fills in when they are not given, by shape and member.",
             "    public static let defaults: [Swift.String: [Swift.String: DefaultValue]] = ["]
    by_shape = {}
    for key, v in sorted((overlay.get("defaults") or {}).items()):
        shape, member = check(key)
        by_shape.setdefault(shape, []).append(f"{swift_string(member)}: {value_literal(v)}")
    for shape, entries in sorted(by_shape.items()):
        lines.append(f"        {swift_string(shape)}: [{', '.join(entries)}],")
    lines += ["    ]", "",
              "    /// How lists the API treats as sets are keyed, by shape and member (absent: the list keeps its order).",
              "    public static let sets: [Swift.String: [Swift.String: SetKey]] = ["]
    by_shape = {}
    for key, v in sorted((overlay.get("sets") or {}).items()):
        shape, member = check(key)
        if v == "value":
            entry = ".value"
        else:
            keys = v["key"] if isinstance(v["key"], list) else [v["key"]]
            value = v.get("value")
            entry = (".members([" + ", ".join(swift_string(k) for k in keys) + "], value: "
                     + (swift_string(value) if value else "nil") + ")")
        by_shape.setdefault(shape, []).append(f"{swift_string(member)}: {entry}")
    for shape, entries in sorted(by_shape.items()):
        lines.append(f"        {swift_string(shape)}: [{', '.join(entries)}],")
    lines += ["    ]", "",
              "    /// Members whose change ECS cannot apply in place: the object is replaced.",
              "    public static func forcesReplace(shape: Swift.String, member: Swift.String) -> Swift.Bool {",
              "        switch (shape, member) {"]
    rep = sorted(overlay.get("replace") or [])
    for key in rep:
        check(key)
    if rep:
        lines.append("        case " + ", ".join("({}, {})".format(*map(swift_string, k.split("."))) for k in rep)
                     + ": return true")
    lines += ["        default: return false", "        }", "    }", "",
              "    /// Members whose values are secrets (the model's own plus the overlay's).",
              "    public static func isSensitive(shape: Swift.String, member: Swift.String) -> Swift.Bool {",
              "        switch (shape, member) {"]
    sens = set(overlay.get("sensitive") or [])
    for n, s in shapes.items():
        for m, v in s.get("members", {}).items():
            if shapes[v["shape"]].get("sensitive") and n in REACHABLE:
                sens.add(f"{n}.{m}")
    for key in sens:
        check(key)
    if sens:
        lines.append("        case " + ", ".join("({}, {})".format(*map(swift_string, k.split("."))) for k in sorted(sens))
                     + ": return true")
    lines += ["        default: return false", "        }", "    }", "",
              "    /// Members of a section's describe output that its request does not take:",
              "    /// pasted describe output keeps them, and they are noted and ignored.",
              "    public static func outputOnlyMembers(section: Swift.String) -> [Swift.String] {",
              "        switch section {"]
    for section, spec in sorted((overlay.get("extensions") or {}).items()):
        inputs = set(shapes[spec["shape"]]["members"]) | set((spec.get("aliases") or {}).keys())
        extra = [m for m in shapes[spec["output"]]["members"] if m not in inputs]
        lines.append(f"        case {swift_string(section)}: return [{', '.join(swift_string(m) for m in extra)}]")
    lines += ["        default: return []", "        }", "    }", "}"]
    return "\n".join(lines) + "\n"


# --- JSON schema ---------------------------------------------------------------

def schema_for(shapes, name, overlay, depth=0):
    s = shapes[name]
    t = s["type"]
    if t == "structure":
        return {"$ref": f"#/$defs/{name}"}
    if is_enum(s):
        return {"type": "string", "enum": s["enum"]}
    if t == "list":
        out = {"type": "array", "items": schema_for(shapes, s["member"]["shape"], overlay)}
        if "min" in s and s["min"]:
            out["minItems"] = s["min"]
        if "max" in s:
            out["maxItems"] = s["max"]
        return out
    if t == "map":
        return {"type": "object", "additionalProperties": schema_for(shapes, s["value"]["shape"], overlay)}
    if t in ("integer", "long"):
        out = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^\\$\\{.*\\}$"}]}
        for k, j in (("min", "minimum"), ("max", "maximum")):
            if k in s:
                out["anyOf"][0][j] = s[k]
        return out
    if t in ("double", "float"):
        return {"anyOf": [{"type": "number"}, {"type": "string", "pattern": "^\\$\\{.*\\}$"}]}
    if t == "boolean":
        return {"anyOf": [{"type": "boolean"}, {"type": "string", "pattern": "^\\$\\{.*\\}$"}]}
    if t == "timestamp":
        return {"type": ["number", "string"]}
    out = {"type": "string"}
    # Numbers are fine where the API takes a string (cpu: 256, memory: 512).
    return {"anyOf": [out, {"type": "number"}]}


def gen_schema(model, names, overlay):
    shapes = model["shapes"]
    defs = {}
    for name in sorted(names):
        s = shapes[name]
        if s["type"] != "structure":
            continue
        if is_document(s):
            defs[name] = {"description": "Any JSON value (a document, passed to ECS as given): "
                                         f"{DOCS}API_{name}.html"}
            continue
        props = {}
        extra = overlay.get("schema") or {}
        for m, v in s.get("members", {}).items():
            props[m] = schema_for(shapes, v["shape"], overlay)
            target = shapes[v["shape"]]
            kind = ("one of " + ", ".join(target["enum"]) if is_enum(target)
                    else "document" if is_document(target) else target["type"])
            link = v["shape"] if target["type"] == "structure" else name
            props[m] = {"description": f"`{name}.{m}` ({kind}{', required' if m in s.get('required', []) else ''}): "
                                       f"{DOCS}API_{link}.html", **props[m]}
            for k, val in (extra.get(f"{name}.{m}") or {}).items():
                if "anyOf" in props[m] and k in ("minimum", "maximum"):
                    props[m]["anyOf"][0][k] = val
                elif k == "items":
                    props[m]["items"] = {**props[m].get("items", {}), **val}
                else:
                    props[m][k] = val
            sk = (overlay.get("sets") or {}).get(f"{name}.{m}")
            if isinstance(sk, dict) and sk.get("value") and len(sk["key"] if isinstance(sk["key"], list) else [sk["key"]]) == 1:
                # `environment: {NAME: value}` as well as the API's [{name, value}] list.
                desc = props[m].pop("description")
                props[m] = {"description": desc + " (or a map {NAME: value})",
                            "anyOf": [props[m], {"type": "object",
                                                 "additionalProperties": {"type": ["string", "number", "boolean", "null"]}}]}
        d = {"type": "object", "properties": props, "additionalProperties": False,
             "description": f"{DOCS}API_{name}.html"}
        defs[name] = d
    ext = overlay.get("extensions") or {}
    objects = {}
    for section, spec in ext.items():
        base = spec["shape"]
        d = json.loads(json.dumps(defs[base]))
        out_only = [m for m in shapes[spec["output"]]["members"] if m not in d["properties"]] if spec.get("output") else []
        for m in out_only:
            d["properties"][m] = {"description": "Output-only (describe output pastes in): noted and ignored."}
        for alias, target in (spec.get("aliases") or {}).items():
            d["properties"][alias] = d["properties"][target]
        for m, js in (spec.get("members") or {}).items():
            d["properties"][m] = js
        # `name` or the API's `serviceName`/`clusterName`: one of them is required.
        required = spec.get("required", [])
        aliases = spec.get("aliases") or {}
        d["required"] = [r for r in required if r not in aliases]
        alias_required = [r for r in required if r in aliases]
        if alias_required:
            d["allOf"] = [{"anyOf": [{"required": [r]}, {"required": [aliases[r]]}]} for r in alias_required]
        if section == "taskDefinitions":
            # describe-task-definition output: {taskDefinition: {...}, tags: [...]} needs neither.
            d["required"] = []
            d["anyOf"] = [{"required": required}, {"required": ["taskDefinition"]}]
        d["description"] = spec.get("description", d["description"])
        d.pop("examples", None)
        objects[section] = d
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://ecsplan.dev/schemas/ecsplan.schema.json",
        "title": "ecsplan configuration",
        "description": "Generated from botocore " + BOTOCORE_VERSION + "'s ECS model and Sources/ECSModel/Overlay.yaml "
                       "by Tools/ecsmodel/generate.py. Field names are the ECS API's; top-level keys starting "
                       "with x- are ignored.",
        "type": "object",
        "properties": {section: {"type": "array", "description": ext[section].get("description", section),
                                 "examples": ext[section].get("examples", []),
                                 "items": objects[section]} for section in objects},
        "patternProperties": {"^x-": {}},
        "additionalProperties": False,
        "$defs": defs,
    }
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


REACHABLE = set()
OVERLAY_DATA = {}


def main():
    global REACHABLE, OVERLAY_DATA
    check = "--check" in sys.argv[1:]
    model = load_model()
    overlay = load_overlay()
    OVERLAY_DATA = overlay
    names = reachable(model)
    REACHABLE = names
    files = {
        os.path.join(OUT, "ECS+Structures.swift"): gen_structures(model, names, overlay),
        os.path.join(OUT, "ECS+Enums.swift"): gen_enums(model, names),
        os.path.join(OUT, "ECS+Constraints.swift"): gen_constraints(model, names),
        os.path.join(OUT, "ECS+Operations.swift"): gen_operations(model),
        os.path.join(OUT, "ECS+ShapeTable.swift"): gen_shape_table(model, names),
        os.path.join(OUT, "Overlay+Tables.swift"): gen_overlay(model, overlay),
        os.path.join(NODE_OUT, "ECS+NodeDecoding.swift"): gen_node_decoding(model, overlay),
        os.path.join(NODE_OUT, "ECS+ShapeTree.swift"): gen_shape_trees(model, names, overlay),
        os.path.join(NODE_OUT, "ECS+JSONDecoding.swift"): gen_json_decoding(model, names, overlay),
        SCHEMA: gen_schema(model, names, overlay),
    }
    stale = []
    for path, text in files.items():
        old = open(path).read() if os.path.exists(path) else None
        if old != text:
            stale.append(os.path.relpath(path, ROOT))
            if not check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w") as f:
                    f.write(text)
    if check and stale:
        print("generated files differ from Tools/ecsmodel/generate.py's output (botocore "
              + BOTOCORE_VERSION + "): " + ", ".join(stale)
              + "\n  run: python3 Tools/ecsmodel/generate.py", file=sys.stderr)
        sys.exit(1)
    print(("checked " if check else "wrote ") + str(len(files)) + " files from botocore " + BOTOCORE_VERSION
          + f" ({len(names)} shapes)" + ("" if check else f"; {len(stale)} changed"))


if __name__ == "__main__":
    main()
