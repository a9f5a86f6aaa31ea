namespace Linli.Web.Shared.Components;

/// <summary>
/// The fields of the page being rendered that show their own error message (a <see cref="FieldMessage{TValue}"/> under
/// the input). <see cref="FieldErrors"/> lists only the others above the form, so every message shows exactly once,
/// and a field error no input claims is never lost. One per request: a page renders once.
/// </summary>
public sealed class PlacedFields
{
    private readonly HashSet<string> fields = new(StringComparer.OrdinalIgnoreCase);

    public event Action? Changed;

    public bool Contains(string field) => fields.Contains(field);

    public void Place(string field)
    {
        if (fields.Add(field)) Changed?.Invoke();
    }
}
