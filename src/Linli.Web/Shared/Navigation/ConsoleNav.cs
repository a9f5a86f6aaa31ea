namespace Linli.Web.Shared.Navigation;

/// <summary>One entry of the console's side navigation; modules register theirs as singletons.</summary>
public sealed record NavItem(string Href, string TextKey, int Order, string? Policy = null);

/// <summary>The console navigation, by module, in order.</summary>
public sealed class ConsoleNav(IEnumerable<NavItem> items)
{
    public IReadOnlyList<NavItem> Items { get; } = [.. items.OrderBy(i => i.Order)];
}

/// <summary>
/// A panel of the console's home page above the workbench (a street's figures this month), registered by a module as a
/// singleton: the component decides for whom it shows; <see cref="Policy"/> keeps it from everyone else.
/// </summary>
public sealed record HomePanel(Type Component, int Order, string Policy);
