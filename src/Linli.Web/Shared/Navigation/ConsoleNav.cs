namespace Linli.Web.Shared.Navigation;

/// <summary>One entry of the console's side navigation; modules register theirs as singletons.</summary>
public sealed record NavItem(string Href, string TextKey, int Order, string? Policy = null);

/// <summary>The console navigation, by module, in order.</summary>
public sealed class ConsoleNav(IEnumerable<NavItem> items)
{
    public IReadOnlyList<NavItem> Items { get; } = [.. items.OrderBy(i => i.Order)];
}
