"""The shell: the app's lifetime (start, sign-in, quit), the main window's frame and its
menus, the tray, notifications, About and the shortcuts sheet, the app's icon."""
