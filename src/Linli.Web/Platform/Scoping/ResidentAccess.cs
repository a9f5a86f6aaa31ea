using System.Linq.Expressions;

namespace Linli.Web.Platform.Scoping;

/// <summary>
/// What residents see of a community's records, declared by the record itself. A community-owned record that
/// declares neither of these is for staff only: a resident never reads it, whatever the page or endpoint.
/// </summary>
public static class ResidentAccess
{
    /// <summary>Records the community shows its residents: activities, spaces, the reading room's catalogue, the exchange's items.</summary>
    public interface IShared;

    /// <summary>A resident's personal record: seen by that resident (and a guardian of theirs), by no other resident.</summary>
    public interface IPersonal<TSelf> where TSelf : IPersonal<TSelf>
    {
        /// <summary>The register entry (resident id) the record is about.</summary>
        static abstract Expression<Func<TSelf, int?>> ResidentOf { get; }
    }
}
