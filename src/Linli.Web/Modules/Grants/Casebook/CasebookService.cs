using Linli.Web.Modules.Grants.Programs;
using Linli.Web.Modules.Grants.Projects;
using Linli.Web.Platform.Api;
using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Files;
using Linli.Web.Platform.Regions;
using Linli.Web.Platform.Scoping;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Grants.Casebook;

/// <summary>
/// The book of outstanding cases (优秀案例集): each project writes its case in the seed's shape, the program's officers
/// choose the best, and the book is printed from what was chosen, with each case's figures taken from the records.
/// </summary>
public sealed class CasebookService(LinliDb db, ProjectsService projects, ProgramsService programs, FileStore files, RegionsService regions, AccessScope scope,
    AuditLog audit, TimeProvider clock)
{
    public const int MaxPhotos = 6;

    public async Task<CaseStoryView> ReadAsync(int projectId, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var story = await db.Set<CaseStory>().AsNoTracking().FirstOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        var photos = story is null ? [] : await PhotosAsync(story.Id, cancellationToken);
        return View(project, story, photos);
    }

    /// <summary>Writes the case's sections. A story about people needs a note of their consent: without it, 422 on <c>storyConsent</c>.</summary>
    public async Task<CaseStoryView> WriteAsync(int projectId, CaseStoryInput input, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        var errors = new Dictionary<string, FieldError>();
        var sections = new CaseSections(
            FieldChecks.OrNull(errors.Text(input.Background, "background", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.Approach, "approach", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.Process, "process", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.Outcomes, "outcomes", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.Reflection, "reflection", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.Story, "story", CaseStory.MaxSection, required: false)),
            FieldChecks.OrNull(errors.Text(input.StoryConsent, "storyConsent", CaseStory.MaxConsentNote, required: false)));
        if (sections.Story is not null && sections.StoryConsent is null && !errors.ContainsKey("storyConsent"))
            errors["storyConsent"] = new("Grant.StoryNeedsConsent");
        if (errors.Count > 0) throw new FieldValidationException(errors);

        var story = await db.Set<CaseStory>().FirstOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken);
        if (story is null) db.Add(story = new CaseStory(project));
        story.Write(sections, scope.UserName ?? "", clock.GetUtcNow().UtcDateTime);
        // Two first drafts at once: the other one was written first.
        await db.SaveOrConflictAsync("Grant.StoryWrittenMeanwhile", cancellationToken);
        await audit.RecordAsync("grant.case_written", "GrantProject", projectId.ToString(), "", cancellationToken);
        return await ReadAsync(projectId, cancellationToken);
    }

    /// <summary>A photo of the case, JPEG or PNG (the book is a Word document), at most <see cref="MaxPhotos"/>.</summary>
    public async Task<int> AddPhotoAsync(int projectId, Stream content, string? caption, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, FieldError>();
        var text = errors.Text(caption, "caption", CasePhoto.MaxCaption);
        if (errors.Count > 0) throw new FieldValidationException(errors);
        await projects.FindAsync(projectId, cancellationToken);
        var story = await db.Set<CaseStory>().AsNoTracking().FirstOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken)
            ?? throw new ConflictException("Grant.StoryFirst");
        if (await db.Set<CasePhoto>().CountAsync(p => p.StoryId == story.Id, cancellationToken) >= MaxPhotos)
            throw new ConflictException("Grant.TooManyPhotos", new Dictionary<string, object?> { ["max"] = MaxPhotos });
        var file = await files.AddImageAsync(content, "file", scope.UserName ?? "", cancellationToken);
        if (file.ContentType is not ("image/jpeg" or "image/png")) throw new FieldValidationException("file", "Grant.PhotoForWord");
        var photo = new CasePhoto(story.Id, file.Id, text);
        db.Add(photo);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync("grant.case_photo", "GrantProject", projectId.ToString(), $"photo={photo.Id}", cancellationToken);
        return photo.Id;
    }

    public async Task<StoredFile> PhotoAsync(int projectId, int photoId, CancellationToken cancellationToken)
    {
        var story = await db.Set<CaseStory>().AsNoTracking().FirstOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken) ?? throw new NotFoundException();
        var photo = await db.Set<CasePhoto>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId && p.StoryId == story.Id, cancellationToken)
            ?? throw new NotFoundException();
        return await files.FindAsync(photo.FileId, cancellationToken) ?? throw new NotFoundException();
    }

    /// <summary>The program's officers choose a written case for the book, or take it out.</summary>
    public async Task<CaseStoryView> SelectAsync(int projectId, bool selected, CancellationToken cancellationToken)
    {
        var project = await projects.FindAsync(projectId, cancellationToken);
        programs.EnsureManages(await programs.FindAsync(project.ProgramId, cancellationToken));
        var story = await db.Set<CaseStory>().FirstOrDefaultAsync(s => s.ProjectId == projectId, cancellationToken) ?? throw new ConflictException("Grant.StoryFirst");
        story.Select(selected);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(selected ? "grant.case_selected" : "grant.case_unselected", "GrantProject", projectId.ToString(), "", cancellationToken);
        return await ReadAsync(projectId, cancellationToken);
    }

    /// <summary>The cases chosen for a program's book that the caller sees, in the program's order of categories.</summary>
    public async Task<IReadOnlyList<CaseLine>> SelectedAsync(int programId, CancellationToken cancellationToken)
    {
        var categories = (await programs.ReadAsync(programId, cancellationToken)).Categories.Select(c => c.Name).ToList();
        var chosen = await db.Set<CaseStory>().AsNoTracking().Where(s => s.ProgramId == programId && s.Selected).Select(s => s.ProjectId).ToListAsync(cancellationToken);
        var lines = await projects.ListAsync(programId, null, cancellationToken);
        return [.. lines.Where(l => chosen.Contains(l.Id)).OrderBy(l => categories.IndexOf(l.Category)).ThenBy(l => l.Id)
            .Select(l => new CaseLine(l.Id, l.Title, l.Category, l.Organization, l.CommunityId, l.Services, l.PersonTimes))];
    }

    /// <summary>The book as Word: cover, contents, one chapter per chosen case with its figures from the records, sections and photos.</summary>
    public async Task<(string Name, byte[] Content)> BookAsync(int programId, CancellationToken cancellationToken)
    {
        var program = await programs.ReadAsync(programId, cancellationToken);
        var cases = await SelectedAsync(programId, cancellationToken);
        if (cases.Count == 0) throw new ConflictException("Grant.NoCasesChosen");
        var communities = (await regions.CommunityNamesAsync([.. cases.Select(c => c.CommunityId).Distinct()], cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        var chapters = new List<(CaseLine Line, ProjectView Project, CaseStoryView Story, IReadOnlyList<(CasePhotoView Photo, StoredFile File)> Photos)>();
        foreach (var line in cases)
        {
            var story = await ReadAsync(line.ProjectId, cancellationToken);
            var photos = new List<(CasePhotoView, StoredFile)>();
            foreach (var photo in story.Photos) photos.Add((photo, await PhotoAsync(line.ProjectId, photo.Id, cancellationToken)));
            chapters.Add((line, await projects.ReadAsync(line.ProjectId, cancellationToken), story, photos));
        }
        var content = CasebookDocument.Build(program, chapters.Select(c => new CasebookChapter(c.Project, communities.GetValueOrDefault(c.Line.CommunityId, ""), c.Story, c.Photos)).ToList(),
            Platform.Localization.ChinaTime.Today(clock));
        await audit.RecordAsync("grant.casebook", "GrantProgram", programId.ToString(), $"cases={cases.Count}", cancellationToken);
        return ($"{program.Name}-优秀案例集.docx", content);
    }

    private async Task<IReadOnlyList<CasePhotoView>> PhotosAsync(int storyId, CancellationToken cancellationToken) =>
        await db.Set<CasePhoto>().AsNoTracking().Where(p => p.StoryId == storyId).OrderBy(p => p.Id)
            .Select(p => new CasePhotoView(p.Id, p.Caption)).ToListAsync(cancellationToken);

    private static CaseStoryView View(GrantProject project, CaseStory? story, IReadOnlyList<CasePhotoView> photos) =>
        new(project.Id, project.Title, story?.Background, story?.Approach, story?.Process, story?.Outcomes, story?.Reflection, story?.Story, story?.StoryConsent,
            story?.Selected ?? false, story?.UpdatedBy, story?.UpdatedAt, photos);
}
