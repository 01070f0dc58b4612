// libFuzzer target: see Fuzz/Driver/FuzzDriver.swift and tools/fuzz.
@_spi(Fuzzing) import FuzzDriver
@_spi(Fuzzing) import GovCredit

FuzzDriver.run(FuzzEntryPoints.amounts)
