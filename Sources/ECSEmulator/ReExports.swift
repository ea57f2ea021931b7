// The image store, its state document and STS, which the preset serves and its configuration names
// (`EmulatedImage`, `EmulatorState`, `StateFile`, `OIDCProvider`, …): `import ECSEmulator` gives them, as it did
// when they were part of this module.
@_exported import EmulatorHandlers
