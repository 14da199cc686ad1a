namespace Opd.Core.Staff;

public enum StaffRole { Admin, Reception, Doctor }
