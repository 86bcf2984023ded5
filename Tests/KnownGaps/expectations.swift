#require(1 > 0) // expect error: call can throw but is not marked with 'try'
