/// TeX commands and the MathML they become: one table entry per command.
enum TeXSymbols {
    /// Commands that are identifiers (Greek letters and the like).
    static let identifiers: [String: String] = [
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ϵ", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
        "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
        "tau": "τ", "upsilon": "υ", "phi": "ϕ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
        "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
        "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ", "infty": "∞",
        "partial": "∂", "nabla": "∇", "emptyset": "∅", "varnothing": "∅", "Upsilon": "Υ",
        "varsigma": "ς", "varrho": "ϱ", "varpi": "ϖ", "varkappa": "ϰ", "omicron": "ο",
        "hbar": "ℏ", "imath": "ı", "jmath": "ȷ", "Re": "ℜ", "Im": "ℑ", "aleph": "ℵ", "wp": "℘",
    ]

    /// Commands that are operators or relations.
    static let operators: [String: String] = [
        "cdot": "⋅", "times": "×", "div": "÷", "pm": "±", "mp": "∓", "leq": "≤", "le": "≤",
        "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼", "equiv": "≡",
        "propto": "∝", "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆", "cup": "∪",
        "cap": "∩", "to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒",
        "Leftarrow": "⇐", "leftrightarrow": "↔", "mapsto": "↦", "gets": "←", "sum": "∑", "prod": "∏",
        "int": "∫", "oint": "∮", "forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬", "land": "∧", "lor": "∨",
        "wedge": "∧", "vee": "∨", "oplus": "⊕", "otimes": "⊗", "odot": "⊙", "circ": "∘",
        "ldots": "…", "cdots": "⋯", "vdots": "⋮", "ddots": "⋱", "dots": "…", "ast": "∗", "star": "⋆",
        "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
        "lbrace": "{", "rbrace": "}", "{": "{", "}": "}", "|": "‖", "mid": "∣", "ll": "≪", "gg": "≫",
        "top": "⊤", "perp": "⊥", "prime": "′", "oslash": "⊘", "intercal": "⊺", "dagger": "†",
        "ddagger": "‡", "setminus": "∖", "iff": "⟺", "implies": "⟹", "impliedby": "⟸",
        "lVert": "‖", "rVert": "‖", "Vert": "‖", "lvert": "|", "rvert": "|", "vert": "|",
        "bullet": "∙", "triangleq": "≜", "coloneqq": "≔", "simeq": "≃", "cong": "≅", "asymp": "≍",
        "leqslant": "⩽", "geqslant": "⩾", "prec": "≺", "succ": "≻", "preceq": "⪯", "succeq": "⪰",
        "supset": "⊃", "supseteq": "⊇", "ni": "∋", "nexists": "∄", "uparrow": "↑",
        "downarrow": "↓", "longrightarrow": "⟶", "longleftarrow": "⟵", "Longrightarrow": "⟹",
        "Leftrightarrow": "⇔", "rightleftharpoons": "⇌", "hookrightarrow": "↪",
        "bigcup": "⋃", "bigcap": "⋂", "bigoplus": "⨁", "bigotimes": "⨂", "bigvee": "⋁",
        "bigwedge": "⋀", "coprod": "∐", "iint": "∬", "iiint": "∭", "lbrack": "[", "rbrack": "]",
        "colon": ":", "lt": "<", "gt": ">", "cdotp": "⋅", "ldotp": ".", "diamond": "⋄",
        "triangle": "△", "square": "□", "angle": "∠", "therefore": "∴", "because": "∵",
        "nleq": "≰", "ngeq": "≱", "nsim": "≁", "parallel": "∥", "models": "⊨",
        "vdash": "⊢", "sqcup": "⊔", "sqcap": "⊓", "uplus": "⊎", "wr": "≀", "ominus": "⊖",
        "leftharpoonup": "↼", "rightharpoonup": "⇀", "updownarrow": "↕", "nearrow": "↗",
        "searrow": "↘", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Named functions set upright (`\log x`).
    static let functions: Set<String> = [
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos",
        "arctan", "tanh", "sinh", "cosh", "coth", "max", "min", "arg", "argmax", "argmin", "sup",
        "inf", "lim", "limsup", "liminf", "det", "dim", "ker", "deg", "gcd", "hom", "sgn", "Pr",
        "Var", "Cov", "softmax", "tr", "diag", "rank",
    ]

    /// Functions whose scripts are limits, set under them in display math (`\max_{x}`).
    static let limitFunctions: Set<String> = [
        "max", "min", "argmax", "argmin", "sup", "inf", "lim", "limsup", "liminf", "det", "gcd",
        "Pr",
    ]

    /// Functions shown with another name than their command's.
    static let functionNames: [String: String] = [
        "argmax": "arg max", "argmin": "arg min", "limsup": "lim sup", "liminf": "lim inf",
    ]

    /// Operators drawn large, with their scripts as limits.
    static let largeOperators: Set<String> = [
        "sum", "prod", "coprod", "int", "iint", "iiint", "oint", "bigcup", "bigcap", "bigoplus",
        "bigotimes", "bigvee", "bigwedge",
    ]

    /// Marks drawn under their argument; `\underbrace{…}_{label}` puts the label under it.
    static let underAccents: [String: String] = [
        "underbrace": "⏟", "underline": "_",
    ]

    /// Accents drawn over their argument.
    static let accents: [String: String] = [
        "hat": "^", "bar": "¯", "tilde": "~", "vec": "→", "dot": "˙", "ddot": "¨", "overline": "¯",
        "widehat": "^", "widetilde": "~", "check": "ˇ", "breve": "˘", "acute": "´", "grave": "`",
        "mathring": "˚", "overrightarrow": "→", "overleftarrow": "←",
    ]

    /// Spacing commands and their widths.
    static let spaces: [String: String] = [
        ",": "0.1667em", ":": "0.2222em", ";": "0.2778em", "quad": "1em", "qquad": "2em", " ": "0.25em",
        "!": "-0.1667em",
    ]

    /// `\mathbf` and friends: the MathML `mathvariant`.
    static let variants: [String: String] = [
        "mathbf": "bold", "boldsymbol": "bold-italic", "mathrm": "normal", "mathit": "italic",
        "mathcal": "script", "mathbb": "double-struck", "mathsf": "sans-serif", "mathtt": "monospace",
        "operatorname": "normal", "mathfrak": "fraktur", "bm": "bold-italic", "mathbfit": "bold-italic",
        "mathscr": "script",
    ]
}
