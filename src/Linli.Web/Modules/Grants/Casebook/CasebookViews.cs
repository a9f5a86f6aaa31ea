using Linli.Web.Platform.Files;

namespace Linli.Web.Modules.Grants.Casebook;

/// <summary>A case's sections, each optional; <c>storyConsent</c> says how the people in the story agreed to it (required with a story).</summary>
public sealed record CaseStoryInput(string? Background, string? Approach, string? Process, string? Outcomes, string? Reflection, string? Story, string? StoryConsent);

public sealed record CasePhotoView(int Id, string Caption);

public sealed record CaseStoryView(int ProjectId, string Title, string? Background, string? Approach, string? Process, string? Outcomes, string? Reflection,
    string? Story, string? StoryConsent, bool Selected, string? UpdatedBy, DateTime? UpdatedAt, IReadOnlyList<CasePhotoView> Photos);

/// <summary>Whether the program's officers put the case in the book.</summary>
public sealed record CaseSelection(bool? Selected);

public sealed record CaseLine(int ProjectId, string Title, string Category, string Organization, int CommunityId, int Services, int PersonTimes);

public sealed record CasebookChapter(ProjectView Project, string Community, CaseStoryView Story, IReadOnlyList<(CasePhotoView Photo, StoredFile File)> Photos);
