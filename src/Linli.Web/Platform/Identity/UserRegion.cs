namespace Linli.Web.Platform.Identity;

/// <summary>A user's assignment to a region node; it grants the node's whole subtree.</summary>
public sealed class UserRegion
{
    public string UserId { get; set; } = "";
    public int RegionId { get; set; }
}
