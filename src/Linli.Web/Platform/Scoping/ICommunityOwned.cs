namespace Linli.Web.Platform.Scoping;

/// <summary>
/// A record that belongs to one community. LinliDb filters every such entity to the caller's
/// communities by convention, so a module only declares the interface and cannot forget the check.
/// </summary>
public interface ICommunityOwned
{
    int CommunityId { get; }
}
