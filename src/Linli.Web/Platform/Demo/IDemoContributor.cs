namespace Linli.Web.Platform.Demo;

/// <summary>
/// A module's part of the demo, run after the region tree and the accounts exist, in the system's scope.
/// Modules register one in DI; the platform knows none of them by name.
/// </summary>
public interface IDemoContributor
{
    /// <summary>Lower runs first, so a module can build on the demo data of the modules it reads.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
