namespace Linli.Web.Platform.Workbench;

/// <summary>One kind of work waiting in a community: how many, and the page where it is done.</summary>
/// <param name="TextKey">Its text, formatted with the count ("{0} 位服务对象超期未联系").</param>
/// <param name="Urgent">Overdue rather than merely due today: shown first and marked.</param>
public sealed record WorkItem(string TextKey, int Count, string Link, bool Urgent = false);

/// <summary>A community's waiting work, for the workbench.</summary>
public sealed record CommunityWork(int CommunityId, string Community, IReadOnlyList<WorkItem> Items);
