using Linli.Web.Platform.Demo;

namespace Linli.Web.Modules.Partners.Demo;

public sealed class PartnersDemo : IDemoContributor
{
    public int Order => 90;

    public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
