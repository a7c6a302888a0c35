# What `cmake --install` puts where, and the packages CPack makes from it: a .deb on Linux, an
# NSIS installer on Windows, a DMG on macOS. installer/README.md says how each is built and
# checked, installer/SIGNING.md how each is signed. Included from the top-level CMakeLists.txt
# after the program's target exists.

include(GNUInstallDirs)

set(RB_PACKAGE_VENDOR "RosterBridge" CACHE STRING "Who the packages say RosterBridge is from")
# Placeholders until the project has an address and a site of its own.
set(RB_PACKAGE_CONTACT "RosterBridge maintainers <maintainers@rosterbridge.invalid>"
    CACHE STRING "The packages' maintainer, as \"Name <address>\"")
set(RB_PACKAGE_HOMEPAGE "https://rosterbridge.invalid/"
    CACHE STRING "The project's web site, for the packages")
# The same id as the LaunchAgent that ui/main/StartAtLogin.cpp writes.
set(RB_BUNDLE_ID "org.rosterbridge.app" CACHE STRING "macOS bundle identifier")
set(RB_MACOS_MINIMUM_VERSION "12.0" CACHE STRING
    "Oldest macOS the app bundle says it runs on; no older than the Qt it is built with needs")
# Signing hooks (installer/SIGNING.md). Empty: nothing is signed.
set(RB_SIGN_IDENTITY "" CACHE STRING
    "macOS: codesign identity (\"Developer ID Application: <TEAM> (<TEAM-ID>)\"); Windows: the code signing certificate's SHA-1 thumbprint")
set(RB_SIGN_TIMESTAMP_URL "http://timestamp.digicert.com" CACHE STRING
    "Windows: the RFC 3161 time-stamp server signtool uses")

set(rb_installer ${CMAKE_CURRENT_LIST_DIR})
set(rb_icons ${PROJECT_SOURCE_DIR}/resources/icons)

# ---- Linux: the desktop entry, icons, AppStream metadata and Debian's documents --------------
if(UNIX AND NOT APPLE)
    install(FILES ${rb_installer}/linux/rosterbridge.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${rb_installer}/linux/org.rosterbridge.RosterBridge.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${rb_icons}/rosterbridge.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${rb_icons}/rosterbridge-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME rosterbridge.png)
    endforeach()

    # Debian policy: every package has its copyright file and a compressed changelog, and every
    # program a manual page; gzip -n leaves the file's time out, as lintian asks. The changelog
    # is dated when the build is configured (or at SOURCE_DATE_EPOCH, when that is set).
    string(TIMESTAMP RB_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
    configure_file(${rb_installer}/linux/changelog.in ${PROJECT_BINARY_DIR}/installer/changelog
                   @ONLY)
    execute_process(COMMAND gzip -9 -n -c ${PROJECT_BINARY_DIR}/installer/changelog
                    OUTPUT_FILE ${PROJECT_BINARY_DIR}/installer/changelog.gz
                    COMMAND_ERROR_IS_FATAL ANY)
    execute_process(COMMAND gzip -9 -n -c ${rb_installer}/linux/rosterbridge.1
                    OUTPUT_FILE ${PROJECT_BINARY_DIR}/installer/rosterbridge.1.gz
                    COMMAND_ERROR_IS_FATAL ANY)
    # Compressed again whenever the page changes.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 ${rb_installer}/linux/rosterbridge.1)
    install(FILES ${rb_installer}/linux/copyright ${PROJECT_BINARY_DIR}/installer/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/rosterbridge)
    install(FILES ${PROJECT_BINARY_DIR}/installer/rosterbridge.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# ---- Windows: icon and version details in the program, DLLs beside it -----------------------
if(WIN32)
    set(RB_WINDOWS_ICON ${rb_installer}/windows/rosterbridge.ico)
    configure_file(${rb_installer}/windows/rosterbridge.rc.in
                   ${PROJECT_BINARY_DIR}/installer/rosterbridge.rc @ONLY)
    target_sources(rosterbridge PRIVATE ${PROJECT_BINARY_DIR}/installer/rosterbridge.rc)

    # The MSVC runtime goes beside the program rather than through Microsoft's redistributable.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# ---- macOS: the app bundle --------------------------------------------------------------------
if(APPLE)
    set_target_properties(rosterbridge PROPERTIES
        OUTPUT_NAME RosterBridge
        MACOSX_BUNDLE_INFO_PLIST ${rb_installer}/macos/Info.plist.in
        MACOSX_BUNDLE_GUI_IDENTIFIER ${RB_BUNDLE_ID}
        MACOSX_BUNDLE_BUNDLE_NAME RosterBridge
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "")
    # tools/dev/render-icons.sh writes the .icns; without it the bundle has the generic icon.
    set(rb_icns ${rb_installer}/macos/rosterbridge.icns)
    if(EXISTS ${rb_icns})
        target_sources(rosterbridge PRIVATE ${rb_icns})
        set_source_files_properties(${rb_icns} TARGET_DIRECTORY rosterbridge
                                    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        set_target_properties(rosterbridge PROPERTIES MACOSX_BUNDLE_ICON_FILE rosterbridge.icns)
    else()
        message(STATUS "No ${rb_icns}: the app bundle gets the generic icon")
    endif()
endif()

# ---- Qt and the other libraries, deployed with the program (windeployqt, macdeployqt) -------
# On Linux the .deb depends on the distribution's Qt instead.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        # The MSVC runtime is installed above; windeployqt would add vc_redist.exe instead.
        qt_generate_deploy_app_script(TARGET rosterbridge OUTPUT_SCRIPT rb_deploy_script
                                      NO_COMPILER_RUNTIME NO_UNSUPPORTED_PLATFORM_ERROR)
    else()
        qt_generate_deploy_app_script(TARGET rosterbridge FILENAME_VARIABLE rb_deploy_script
                                      NO_UNSUPPORTED_PLATFORM_ERROR)
    endif()
    install(SCRIPT ${rb_deploy_script})
endif()

if(WIN32)
    # windeployqt copies Qt and its plugins only. QtKeychain, QuaZip, libssh2 and what they
    # need (zlib, OpenSSL) are looked up in the prefixes the build found them in.
    set(RB_RUNTIME_DIRS "" CACHE STRING "Windows: more folders to look for the program's DLLs in")
    set(rb_dll_dirs ${RB_RUNTIME_DIRS})
    foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
        list(APPEND rb_dll_dirs ${prefix}/bin)
    endforeach()
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND rb_dll_dirs ${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin)
    endif()
    list(APPEND rb_dll_dirs ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
    file(TO_CMAKE_PATH "${rb_dll_dirs}" rb_dll_dirs)
    install(CODE "set(rb_dll_dirs [[${rb_dll_dirs}]])")
    install(CODE [[
        file(GET_RUNTIME_DEPENDENCIES
            EXECUTABLES "$<TARGET_FILE:rosterbridge>"
            DIRECTORIES ${rb_dll_dirs}
            RESOLVED_DEPENDENCIES_VAR rb_resolved
            UNRESOLVED_DEPENDENCIES_VAR rb_unresolved
            # Windows' own DLLs stay; Qt's are windeployqt's.
            PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
                "^qt6(core|gui|widgets|network|sql|core5compat|dbus|svg)d?\\.dll$"
            POST_EXCLUDE_REGEXES ".*[Ss][Yy][Ss][Tt][Ee][Mm]32/.*" "^[A-Za-z]:/[Ww][Ii][Nn][Dd][Oo][Ww][Ss]/.*")
        if(rb_unresolved)
            message(FATAL_ERROR "These DLLs of rosterbridge.exe were not found: ${rb_unresolved}. "
                                "Add their folder to RB_RUNTIME_DIRS.")
        endif()
        file(INSTALL ${rb_resolved} DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    ]])
endif()

# ---- Signing, when an identity is given (installer/SIGNING.md) ------------------------------
if(RB_SIGN_IDENTITY AND WIN32)
    find_program(RB_SIGNTOOL signtool REQUIRED
                 DOC "signtool.exe from the Windows SDK, for signing the program and its DLLs")
    install(CODE "set(rb_signtool [[${RB_SIGNTOOL}]])
                  set(rb_sign_identity [[${RB_SIGN_IDENTITY}]])
                  set(rb_timestamp [[${RB_SIGN_TIMESTAMP_URL}]])")
    install(CODE [[
        # Only what is not signed yet: Qt's and Microsoft's DLLs keep their makers' signatures.
        file(GLOB_RECURSE rb_binaries "${CMAKE_INSTALL_PREFIX}/*.exe" "${CMAKE_INSTALL_PREFIX}/*.dll")
        foreach(file IN LISTS rb_binaries)
            execute_process(COMMAND "${rb_signtool}" verify /pa /q "${file}"
                            RESULT_VARIABLE unsigned OUTPUT_QUIET ERROR_QUIET)
            if(unsigned)
                execute_process(COMMAND "${rb_signtool}" sign /sha1 "${rb_sign_identity}"
                                        /fd sha256 /tr "${rb_timestamp}" /td sha256 "${file}"
                                COMMAND_ERROR_IS_FATAL ANY)
            endif()
        endforeach()
    ]])
elseif(RB_SIGN_IDENTITY AND APPLE)
    install(CODE "set(rb_sign_identity [[${RB_SIGN_IDENTITY}]])")
    install(CODE [[
        # After macdeployqt: the whole bundle, its frameworks and plug-ins, with the hardened
        # runtime that notarization requires.
        execute_process(COMMAND codesign --force --deep --options runtime --timestamp
                                --sign "${rb_sign_identity}"
                                "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/RosterBridge.app"
                        COMMAND_ERROR_IS_FATAL ANY)
    ]])
endif()

# ---- CPack ------------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME RosterBridge)
set(CPACK_PACKAGE_VENDOR ${RB_PACKAGE_VENDOR})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY ${PROJECT_DESCRIPTION})
# Wrapped by hand: Debian shows the lines as they are.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "RosterBridge reads a school district's OneRoster data from its Student"
    "Information System (over the OneRoster API, from export files or from an SFTP"
    "server), applies the district's filters, writes the files Apple School Manager"
    "takes, checks them against Apple's rules and uploads them to Apple School"
    "Manager on a schedule. A delivery that would remove more than the safety"
    "thresholds allow is held for review. It runs as a desktop app with a tray"
    "icon, or headless from the command line.")
set(CPACK_PACKAGE_CONTACT ${RB_PACKAGE_CONTACT})
set(CPACK_PACKAGE_HOMEPAGE_URL ${RB_PACKAGE_HOMEPAGE})
set(CPACK_PACKAGE_INSTALL_DIRECTORY RosterBridge)
set(CPACK_PACKAGE_EXECUTABLES rosterbridge RosterBridge)
# No licence has been chosen yet. When there is one, add the LICENSE file and:
#   set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
# and drop CPACK_NSIS_IGNORE_LICENSE_PAGE below.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
# The values below reach CPack exactly as written, NSIS code included.
set(CPACK_VERBATIM_VARIABLES ON)
if(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_SYSTEM_NAME macos-${CMAKE_SYSTEM_PROCESSOR})
elseif(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_SYSTEM_NAME windows-x64)
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_SYSTEM_NAME linux-${CMAKE_SYSTEM_PROCESSOR})
endif()
set(CPACK_PACKAGE_FILE_NAME RosterBridge-${PROJECT_VERSION}-${CPACK_SYSTEM_NAME})

# Debian. Depends comes from the libraries the program links (dpkg-shlibdeps) plus what Qt and
# QtKeychain load at run time, which dpkg-shlibdeps cannot see.
set(CPACK_DEBIAN_PACKAGE_NAME rosterbridge)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
# A Secret Service (or KWallet) to keep the passwords in; without one the app says so.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${RB_PACKAGE_HOMEPAGE})

# Windows (NSIS): Start menu entry, start at login on the last page, and an uninstaller that
# asks before removing the user's data (installer/windows/*.nsh).
set(CPACK_NSIS_PACKAGE_NAME RosterBridge)
set(CPACK_NSIS_DISPLAY_NAME RosterBridge)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON ${rb_installer}/windows/rosterbridge.ico)
set(CPACK_NSIS_MUI_UNIICON ${rb_installer}/windows/rosterbridge.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\rosterbridge.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${RB_PACKAGE_HOMEPAGE})
set(CPACK_NSIS_CONTACT ${RB_PACKAGE_CONTACT})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
file(READ ${rb_installer}/windows/finish-page.nsh CPACK_NSIS_INSTALLER_MUI_FINISHPAGE_RUN_CODE)
file(READ ${rb_installer}/windows/uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

# macOS (DMG): the app and a link to /Applications to drag it onto.
set(CPACK_DMG_VOLUME_NAME RosterBridge)
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
