using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Volunteers.Tasks;

public static class TasksData
{
    public static void ConfigureHelperTasks(this ModelBuilder builder)
    {
        builder.Entity<VolunteerAbility>(e =>
        {
            e.ToTable("volunteers_abilities");
            e.Property(a => a.RecordedBy).HasMaxLength(100);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(a => a.VolunteerId).IsUnique();
        });
        builder.Entity<HelperTask>(e =>
        {
            e.ToTable("volunteers_helper_tasks");
            e.Property(t => t.Name).HasMaxLength(HelperTask.MaxName);
            e.Property(t => t.CreatedBy).HasMaxLength(100);
            e.HasOne<Activities.Activity>().WithMany().HasForeignKey(t => t.ActivityId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(t => new { t.ActivityId, t.Name }).IsUnique();
            e.HasIndex(t => t.CommunityId);
        });
        builder.Entity<HelperAssignment>(e =>
        {
            e.ToTable("volunteers_helper_assignments");
            e.Property(a => a.Reason).HasMaxLength(HelperAssignment.MaxReason);
            e.Property(a => a.AssignedBy).HasMaxLength(100);
            e.HasOne<HelperTask>().WithMany().HasForeignKey(a => a.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Volunteer>().WithMany().HasForeignKey(a => a.VolunteerId).OnDelete(DeleteBehavior.Restrict);
            // One task per volunteer at an activity.
            e.HasIndex(a => new { a.ActivityId, a.VolunteerId }).IsUnique();
            e.HasIndex(a => a.TaskId);
        });
    }
}
