import AliyunEmulator
import AliyunServerSupport
import EmulatorHandlers

extension EmulatorConfiguration {
    /// What the ECS emulator is: ``AliyunEmulator`` with no spec product, the `ecs-images` handlers over ``state``
    /// (written to ``persistTo`` after every change, and what `/_emulator/state` gives and takes), STS trusting
    /// ``oidcProviders`` and issuing roles of the state's account, then `routes`; named `ecs-emulator`.
    ///
    /// - Parameter routes: More operations, served after the image store's and STS's.
    /// - Returns: The configuration ``ECSEmulator/start(_:routes:stopsOnSignals:)`` starts.
    public func preset(routes: OperationRouter?) -> AliyunEmulatorConfiguration {
        var configuration = AliyunEmulatorConfiguration(
            catalog: ProductCatalog([]), host: host, port: port, credentials: credentials, now: now)
        configuration.name = "ecs-emulator"
        configuration.handlerSets = ["ecs-images"]
        configuration.handlers = routes.map { [$0] } ?? []
        configuration.images = state
        configuration.imagesPersistTo = persistTo
        configuration.servedState = .images
        configuration.oidcProviders = oidcProviders
        configuration.controlToken = controlToken
        configuration.validation = validation
        return configuration
    }
}
