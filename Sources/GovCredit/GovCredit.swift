public let govCreditPlaceholder = 0
