package com.custodia.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user choosing a new password. The policy itself is checked by {@code PasswordPolicy}. */
class PasswordChangeForm {

	@NotBlank
	@Size(max = 128)
	private String currentPassword;

	@NotBlank
	@Size(max = 128)
	private String newPassword;

	@NotBlank
	@Size(max = 128)
	private String confirmPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
