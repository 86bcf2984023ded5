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
        "partial": "∂", "nabla": "∇", "emptyset": "∅",
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
        "top": "⊤", "perp": "⊥", "prime": "′", "%": "%", "$": "$", "#": "#", "&": "&", "_": "_",
    ]

    /// Named functions set upright (`\log x`).
    static let functions: Set<String> = [
        "log", "ln", "exp", "sin", "cos", "tan", "tanh", "sinh", "cosh", "max", "min", "arg",
        "argmax", "argmin", "sup", "inf", "lim", "det", "dim", "sgn", "Pr", "Var", "softmax",
    ]

    /// Accents drawn over their argument.
    static let accents: [String: String] = [
        "hat": "^", "bar": "¯", "tilde": "~", "vec": "→", "dot": "˙", "ddot": "¨", "overline": "¯",
        "widehat": "^",
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
        "operatorname": "normal",
    ]
}
