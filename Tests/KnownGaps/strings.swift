let notString = "a" + 1 // expect error:21: binary operator '+' cannot be applied to operands of type 'String' and 'Int'
