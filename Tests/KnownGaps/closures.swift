let bad = [1, 2].map { a, b in a } // expect error:24: expects 1 argument, but 2 were used in closure body
