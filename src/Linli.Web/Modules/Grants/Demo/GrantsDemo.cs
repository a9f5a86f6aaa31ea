using Linli.Web.Platform.Demo;

namespace Linli.Web.Modules.Grants.Demo;

public sealed class GrantsDemo : IDemoContributor
{
    public int Order => 95;

    public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
